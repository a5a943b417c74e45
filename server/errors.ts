/** Errors with a stable code and an HTTP status; the message is safe to show to the caller. */
import type { ErrorBody, ErrorCode } from '../shared/errors.js';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }

  toBody(): ErrorBody {
    return { code: this.code, message: this.message };
  }
}

export const invalid = (message: string) => new ApiError(400, 'invalid', message);
export const unauthorized = (message = 'a valid token is required') => new ApiError(401, 'unauthorized', message);
export const forbidden = (message = 'this token may not do that') => new ApiError(403, 'forbidden', message);
export const notFound = (message = 'not found') => new ApiError(404, 'not_found', message);
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const unprocessable = (message: string) => new ApiError(422, 'unprocessable', message);
export const tooLarge = (message = 'the request body is too large') => new ApiError(413, 'too_large', message);
export const rateLimited = (message = 'too many requests; try again in a minute') =>
  new ApiError(429, 'rate_limited', message);
