import { session } from './session';
import { users } from './users';

export const controllers = { session, users };
