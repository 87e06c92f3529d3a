import { session } from './session';

export const controllers = { session };
