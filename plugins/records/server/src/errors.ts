import { errors } from '@strapi/utils';
import createError from 'http-errors';
import { summarizeFieldErrors, type FieldError, type Locale } from '@wuyedesk/contracts';

export const { ValidationError, NotFoundError, ApplicationError } = errors;

/**
 * A 403 that keeps its message: Strapi's authorize middleware wraps the whole route and turns
 * any other ForbiddenError into a bare "Forbidden"; PolicyError is its documented exception.
 */
export const ForbiddenError = errors.PolicyError;

/**
 * A 409 (a key already lent, a record changed meanwhile). Strapi's error classes have no 409, and
 * its error middleware logs any error that is not one of them or an http-errors error with a stack
 * trace — 49 of them for 50 desks lending one key. So it is an http-errors 409 (the same module
 * instance Strapi checks against), carrying Strapi's `details` shape.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly details: Record<string, unknown> = {};
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    return Object.assign(createError(409, message), { name: 'ConflictError', details }) as unknown as ConflictError;
  }
}

/** Strapi's ValidationError body shape, with each bad field named (the panel maps path → field). */
export const fieldValidationError = (fieldErrors: FieldError[], message?: string, locale?: Locale) =>
  new ValidationError(message ?? summarizeFieldErrors(fieldErrors.map((e) => e.message), locale), {
    errors: fieldErrors.map((e) => ({ path: e.path, message: e.message, name: 'ValidationError', code: e.code })),
  });
