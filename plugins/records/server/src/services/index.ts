import { access } from './access';
import { events } from './events';
import { history } from './history';
import { numbering } from './numbering';
import { records } from './records';
import { registry } from './registry';
import { roles } from './roles';

export const services = { access, events, history, numbering, records, registry, roles };
