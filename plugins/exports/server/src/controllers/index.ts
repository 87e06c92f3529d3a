import { exportsController } from './exports';

export const controllers = { exports: exportsController };
