/** Turns anything thrown in a route into a JSON error: a clear 4xx, or a 500 without details. */
import type { ErrorRequestHandler } from 'express';
import { z } from 'zod';
import { describeError, log } from '../logger.js';
import { ApiError, invalid, tooLarge } from '../errors.js';

export const errorHandler: ErrorRequestHandler = (error: unknown, request, response, _next) => {
  const apiError = toApiError(error);
  if (apiError.status >= 500) {
    log.error('http.failed', { method: request.method, path: request.path, error: describeError(error) });
  }
  response.status(apiError.status).json({ error: apiError.toBody() });
};

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof z.ZodError) return invalid(describeIssues(error));
  // body-parser marks its own errors with `type` and `status`.
  const type = (error as { type?: unknown } | null)?.type;
  if (type === 'entity.parse.failed') return invalid('the request body is not valid JSON');
  if (type === 'entity.too.large') return tooLarge();
  if (type === 'encoding.unsupported' || type === 'charset.unsupported') return invalid('unsupported body encoding');
  return new ApiError(500, 'internal', 'the server could not complete the request');
}

/** "name: Too small…; organisation: Required" — names the fields that are wrong. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}
