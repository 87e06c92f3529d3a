import { recordStepRegister } from '@wuyedesk/contracts';
import { registerController } from '../factories/controller';
import { accountTestHooks } from './account-test-hooks';
import { auditTestHooks } from './audit-test-hooks';
import { capabilities } from './capabilities';
import { session } from './session';
import { users } from './users';

/** `step`: the audit log (审计日志), served read-only like any register. */
export const controllers = {
  capabilities,
  session,
  users,
  step: registerController(recordStepRegister),
  'audit-test-hooks': auditTestHooks,
  'account-test-hooks': accountTestHooks,
};
