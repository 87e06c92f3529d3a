import type { HttpError, ValidationErrors } from '@refinedev/core';
import type { FieldMessages } from './intake-payload';

const messagesOf = (value: ValidationErrors[string]): string[] => {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return [value.message];
  return [];
};

const isHttpError = (error: unknown): error is HttpError =>
  typeof error === 'object' && error !== null && typeof (error as HttpError).statusCode === 'number';

/**
 * The server's field errors (the data provider maps Strapi's `details.errors` to `errors`), as
 * antd form fields. The complaint's `kind` is the form's `type` choice.
 */
export const serverFieldErrors = (error: unknown): FieldMessages[] => {
  if (!isHttpError(error)) return [];
  return Object.entries(error.errors ?? {})
    .map(([name, value]) => ({ name: name === 'kind' ? 'type' : name, errors: messagesOf(value) }))
    .filter((f) => f.errors.length > 0);
};

export const errorMessageOf = (error: unknown): string =>
  isHttpError(error) || error instanceof Error ? error.message : String(error);
