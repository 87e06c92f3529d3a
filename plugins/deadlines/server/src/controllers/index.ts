import { overdueController } from './overdue';
import { testHooks } from './test-hooks';

export const controllers = { overdue: overdueController, 'test-hooks': testHooks };
