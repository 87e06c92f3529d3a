import { overdueController } from './overdue';
import { settingsController } from './settings';
import { testHooks } from './test-hooks';

export const controllers = { overdue: overdueController, settings: settingsController, 'test-hooks': testHooks };
