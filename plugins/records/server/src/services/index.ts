import { access } from './access';
import { capabilities } from './capabilities';
import { events } from './events';
import { history } from './history';
import { migrations } from './migrations';
import { numbering } from './numbering';
import { records } from './records';
import { registry } from './registry';
import { roles } from './roles';
import { search } from './search';
import { recordStepRegister } from '@wuyedesk/contracts';
import { registerService } from '../factories/service';
import { throughTheDoor } from '../door';

/** `step`: Strapi's core service of the audit log, which its read-only controller lists through. */
export const services = {
  access,
  capabilities,
  events,
  history,
  migrations,
  numbering,
  /** The one door for writes (door.ts): whatever the core writes, and its listeners with it, passes the guard. */
  records: (deps: Parameters<typeof records>[0]) => {
    const core = records(deps);
    return {
      ...core,
      create: (args: Parameters<typeof core.create>[0]) => throughTheDoor('records.create', () => core.create(args)),
      update: (args: Parameters<typeof core.update>[0]) => throughTheDoor('records.update', () => core.update(args)),
      act: (args: Parameters<typeof core.act>[0]) => throughTheDoor('records.act', () => core.act(args)),
    };
  },
  registry,
  roles,
  search,
  step: registerService(recordStepRegister),
};
