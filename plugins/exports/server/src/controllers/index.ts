import { exportJobsController } from './export-jobs';
import { exportsController } from './exports';
import { statisticsController } from './statistics';
import { testHooks } from './test-hooks';

export const controllers = { exports: exportsController, 'export-jobs': exportJobsController, statistics: statisticsController, 'test-hooks': testHooks };
