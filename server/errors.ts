/**
 * The one error type of the server's use cases: a stable code (`shared/errors.ts`) and a message
 * safe to show to the caller. Each edge maps the code: to an HTTP status in
 * `http/errorHandler.ts`, to a refused acknowledgement in `control/runCommand.ts`.
 */
import type { ErrorBody, ErrorCode } from '../shared/errors.js';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

export const invalid = (message: string) => new DomainError('invalid', message);
export const unauthorized = (message = 'a valid token is required') => new DomainError('unauthorized', message);
export const forbidden = (message = 'this token may not do that') => new DomainError('forbidden', message);
export const notFound = (message = 'not found') => new DomainError('not_found', message);
export const conflict = (message: string) => new DomainError('conflict', message);
export const unprocessable = (message: string) => new DomainError('unprocessable', message);
export const tooLarge = (message = 'the request body is too large') => new DomainError('too_large', message);
export const rateLimited = (message = 'too many requests; try again in a minute') => new DomainError('rate_limited', message);
/** The server could not do it, and says why in words the caller can act on; nothing was changed. */
export const internal = (message: string) => new DomainError('internal', message);
