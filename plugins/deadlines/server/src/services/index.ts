import { calendar } from './calendar';
import { clocks } from './clocks';
import { overdue } from './overdue';
import { policies } from './policies';
import { recipients } from './recipients';
import { scheduler } from './scheduler';

export const services = { calendar, clocks, overdue, policies, recipients, scheduler };
