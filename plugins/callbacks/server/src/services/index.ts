import { figures } from './figures';
import { rules } from './rules';
import { tasks } from './tasks';

export const services = { figures, rules, tasks };
