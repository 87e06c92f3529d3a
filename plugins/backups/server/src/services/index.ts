import { nightly } from './nightly';

export const services = { nightly };
