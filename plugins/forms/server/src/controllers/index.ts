import { entriesController } from './entries';
import { formTypesController } from './form-types';

export const controllers = { entries: entriesController, 'form-types': formTypesController };
