import { guards } from './guards';

export const services = { guards };
