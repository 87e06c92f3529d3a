import { entries } from './entries';
import { formTypes } from './form-types';

export const services = { entries, 'form-types': formTypes };
