import { attachments } from './attachments';
import { links } from './links';

export const services = { attachments, links };
