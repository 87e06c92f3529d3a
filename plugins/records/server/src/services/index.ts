import { access } from './access';
import { events } from './events';
import { history } from './history';
import { migrations } from './migrations';
import { numbering } from './numbering';
import { records } from './records';
import { registry } from './registry';
import { roles } from './roles';
import { recordStepRegister } from '@wuyedesk/contracts';
import { registerService } from '../factories/service';

/** `step`: Strapi's core service of the audit log, which its read-only controller lists through. */
export const services = {
  access,
  events,
  history,
  migrations,
  numbering,
  records,
  registry,
  roles,
  step: registerService(recordStepRegister),
};
