/** Turns anything thrown in a route into a JSON error: a clear 4xx, or a 500 without details. */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import type { ErrorCode } from '../../shared/errors.js';
import { describeError, log } from '../logger.js';
import { DomainError, invalid, tooLarge } from '../errors.js';

/** The HTTP edge's reading of each domain error code. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  internal: 500,
};

export const errorHandler: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  const domainError = toDomainError(error);
  const status = HTTP_STATUS[domainError.code];
  if (status >= 500) {
    log.error('http.failed', { method: request.method, path: request.path, error: describeError(error) });
  }
  response.status(status).json({ error: domainError.toBody() });
};

function toDomainError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  if (error instanceof z.ZodError) return invalid(describeIssues(error));
  // body-parser marks its own errors with `type` and `status`.
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return invalid('the request body is not valid JSON');
  if (type === 'entity.too.large') return tooLarge();
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return invalid('unsupported body encoding');
  return new DomainError('internal', 'the server could not complete the request');
}

/** "name: Too small…; organisation: Required" — names the fields that are wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
