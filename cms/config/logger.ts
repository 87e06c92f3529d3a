import { winston, formats } from '@strapi/logger';

// Tests and benchmarks only want warnings; people running the desk want the request log.
const level = process.env.NODE_ENV === 'test' ? 'warn' : process.env.LOG_LEVEL ?? 'http';

export default {
  transports: [new winston.transports.Console({ level, format: formats.prettyPrint() })],
};
