/** JSON over fetch, turning refusals (`{ error: { code, message } }`) into an ApiFailure. */
import type { ErrorBody, ErrorCode } from '../../../../shared/errors.js';

/** A refused or failed request; `code` is the server's stable code, or 'network' when it was unreachable. */
export class ApiFailure extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT';
  token?: string;
  body?: unknown;
  /** A body that is JSON text already (a file's content), sent as it is instead of re-encoded. */
  jsonText?: string;
}

/** Sends a request and returns the parsed JSON answer, or throws an ApiFailure. */
export async function requestJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.token) headers.Authorization = `Bearer ${options.token}`;
  const payload = options.jsonText ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (payload !== undefined) headers['Content-Type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      headers,
      body: payload,
    });
  } catch (error) {
    throw new ApiFailure('network', error instanceof Error ? error.message : 'network error', 0);
  }
  const parsed: unknown = await response.json().catch(() => null);
  if (response.ok) return parsed as T;
  const body = (parsed as { error?: Partial<ErrorBody> } | null)?.error;
  throw new ApiFailure(body?.code ?? 'internal', body?.message ?? response.statusText, response.status);
}
