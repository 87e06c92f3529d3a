import { counts } from './counts';
import { loans } from './loans';
import { notify } from './notify';

export const services = { counts, loans, notify };
