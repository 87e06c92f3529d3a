import type { RegisterAccess } from '../types';

/** Reference data: everyone reads it, only administrators change it. */
export const referenceAccess = (): RegisterAccess[] => [
  { role: 'staff', can: ['read'] },
  { role: 'dept-head', can: ['read'] },
  { role: 'supervisor', can: ['read'] },
  { role: 'director', can: ['read'] },
  { role: 'administrator', can: ['read', 'create', 'update'] },
];
