import { step } from './step';

export const contentTypes = { step };
