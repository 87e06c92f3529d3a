import { exportsController } from './exports';
import { statisticsController } from './statistics';

export const controllers = { exports: exportsController, statistics: statisticsController };
