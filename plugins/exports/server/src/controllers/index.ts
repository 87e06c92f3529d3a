import { exportsController } from './exports';
import { statisticsController } from './statistics';
import { testHooks } from './test-hooks';

export const controllers = { exports: exportsController, statistics: statisticsController, 'test-hooks': testHooks };
