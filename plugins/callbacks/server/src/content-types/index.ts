import { rule } from './rule';

export const contentTypes = { rule };
