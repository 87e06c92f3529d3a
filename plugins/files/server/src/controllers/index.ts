import { files } from './files';

export const controllers = { files };
