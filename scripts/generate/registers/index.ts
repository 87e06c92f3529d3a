import type { RegisterGenerator } from '../types';
import { complaintGenerator } from './complaint';
import { repairOrderGenerator } from './repair-order';

/** The registers the generator can fill, by register key. Add key loans etc. here. */
export const REGISTER_GENERATORS: Readonly<Record<string, RegisterGenerator>> = {
  [complaintGenerator.register.key]: complaintGenerator,
  [repairOrderGenerator.register.key]: repairOrderGenerator,
};

export const findRegisterGenerator = (key: string): RegisterGenerator => {
  const generator = REGISTER_GENERATORS[key];
  if (!generator) throw new Error(`No generator for register "${key}" (have: ${Object.keys(REGISTER_GENERATORS).join(', ')})`);
  return generator;
};
