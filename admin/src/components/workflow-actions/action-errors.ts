import type { HttpError, ValidationErrors } from '@refinedev/core';

export type ActionFailure =
  | { kind: 'fields'; fields: { name: string; errors: string[] }[] }
  | { kind: 'stale' }
  | { kind: 'forbidden' }
  | { kind: 'other'; message: string };

const messagesOf = (value: ValidationErrors[string]): string[] => {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (typeof value === 'object') return [value.message];
  return [];
};

/**
 * Sorts a failed workflow step into what the modal does next: put messages on fields, reload
 * the record (someone else moved it on: TRANSITION_NOT_ALLOWED), or say the role may not act.
 */
export const classifyActionError = (error: HttpError): ActionFailure => {
  if (error.statusCode === 403) return { kind: 'forbidden' };
  if (error.code === 'TRANSITION_NOT_ALLOWED' || error.statusCode === 409) return { kind: 'stale' };
  const fields = Object.entries(error.errors ?? {})
    .map(([name, value]) => ({ name, errors: messagesOf(value) }))
    .filter((f) => f.errors.length > 0);
  if (fields.length > 0) return { kind: 'fields', fields };
  return { kind: 'other', message: error.message };
};
