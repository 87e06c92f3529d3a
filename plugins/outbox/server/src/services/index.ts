import { outbox } from './outbox';
import { sender } from './sender';

export const services = { outbox, sender };
