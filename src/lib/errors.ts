import type { MessageKey } from '../i18n/index.js';

export interface FieldError {
  path: string;
  key: MessageKey | string;
  vars?: Record<string, string | number>;
}

/**
 * An error a person can act on. Modules throw these (they never import HTTP code); the HTTP layer
 * turns them into application/problem+json with the message in the user's language.
 */
export class DomainError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 422,
    readonly key: MessageKey,
    readonly vars: Record<string, string | number> = {},
    readonly fieldErrors: FieldError[] = [],
  ) {
    super(key);
  }
}

export const notFound = () => new DomainError(404, 'errors.notFound');
export const forbidden = () => new DomainError(403, 'errors.forbidden');
export const unauthenticated = () => new DomainError(401, 'errors.unauthenticated');
export const conflict = (key: MessageKey, vars: Record<string, string | number> = {}) => new DomainError(409, key, vars);
/** One field is wrong in a way only the domain can tell (e.g. an unknown municipality number). */
export const invalidField = (path: string, key: MessageKey, vars: Record<string, string | number> = {}) =>
  new DomainError(400, 'errors.validation', {}, [{ path, key, vars }]);
