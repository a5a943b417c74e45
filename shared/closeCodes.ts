/**
 * Close codes of the Yjs WebSocket endpoint. 4000–4999 are ours (RFC 6455 leaves them to
 * applications) and follow y-websocket's convention: 44xx are permanent (the stock provider
 * stops reconnecting), 45xx mean "try again later". 1009 is the standard "message too big".
 */
export const CLOSE_CODES = {
  /** A frame could not be decoded as y-websocket sync or awareness data. */
  malformedMessage: 4400,
  /** No token, or a token that is unknown or belongs to another workshop. */
  unauthorized: 4401,
  /** The token is valid but its role may not open this document. */
  forbidden: 4403,
  /** The workshop or section does not exist. */
  notFound: 4404,
  /** The connection sent more messages than the rate limit allows, or stopped reading; retry later. */
  rateLimited: 4529,
  /** The server is shutting down; clients should reconnect later. */
  serverShutdown: 4503,
  /** The document hit an internal error and is reloaded from storage; reconnect now. */
  documentReloading: 4500,
  /** A frame exceeded the size limit (the standard "message too big"). */
  messageTooBig: 1009,
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** True for codes after which reconnecting cannot succeed (the 44xx range). */
export function isFinalClose(code: number): boolean {
  return code >= 4400 && code < 4500;
}
