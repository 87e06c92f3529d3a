import { calendar } from './calendar';
import { clocks } from './clocks';
import { policies } from './policies';
import { recipients } from './recipients';
import { scheduler } from './scheduler';

export const services = { calendar, clocks, policies, recipients, scheduler };
