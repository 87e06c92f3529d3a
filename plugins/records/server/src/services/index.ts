import { access } from './access';
import { events } from './events';
import { history } from './history';
import { numbering } from './numbering';
import { records } from './records';
import { registry } from './registry';
import { roles } from './roles';
import { search } from './search';
import { recordStepRegister } from '@wuyedesk/contracts';
import { registerService } from '../factories/service';

/** `step`: Strapi's core service of the audit log, which its read-only controller lists through. */
export const services = {
  access,
  events,
  history,
  numbering,
  records,
  registry,
  roles,
  search,
  step: registerService(recordStepRegister),
};
