import { calendar } from './calendar';
import { policy } from './policy';

export const contentTypes = { policy, calendar };
