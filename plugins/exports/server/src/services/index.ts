import { exporter } from './exporter';
import { sources } from './sources';

export const services = { exporter, sources };
