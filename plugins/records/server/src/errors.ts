import { errors } from '@strapi/utils';
import type { FieldError } from '@wuyedesk/contracts';

export const { ValidationError, NotFoundError, ApplicationError } = errors;

/**
 * A 403 that keeps its message: Strapi's authorize middleware wraps the whole route and turns
 * any other ForbiddenError into a bare "Forbidden"; PolicyError is its documented exception.
 */
export const ForbiddenError = errors.PolicyError;

/**
 * Strapi's error middleware has no 409 class; an Error carrying `status`/`expose` is passed
 * through by http-errors with its message and details intact.
 */
export class ConflictError extends Error {
  readonly status = 409;
  readonly expose = true;
  readonly details: Record<string, unknown>;
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'ConflictError';
    this.details = details;
  }
}

/** Strapi's ValidationError body shape, with each bad field named (the panel maps path → field). */
export const fieldValidationError = (fieldErrors: FieldError[], message?: string) =>
  new ValidationError(message ?? fieldErrors.map((e) => e.message).join('；'), {
    errors: fieldErrors.map((e) => ({ path: e.path, message: e.message, name: 'ValidationError', code: e.code })),
  });
