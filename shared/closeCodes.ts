/**
 * Close codes of the Yjs WebSocket endpoint. 4000–4999 are ours (RFC 6455 leaves them to
 * applications); 1008 and 1009 are the standard ones for policy and size.
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
  /** The connection sent more messages than the rate limit allows. */
  rateLimited: 4429,
  /** The server is shutting down; clients should reconnect later. */
  serverShutdown: 4503,
  /** A frame exceeded the size limit (the standard "message too big"). */
  messageTooBig: 1009,
} as const;

export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** True for codes after which reconnecting with the same token cannot succeed. */
export function isFinalClose(code: number): boolean {
  return code === CLOSE_CODES.unauthorized || code === CLOSE_CODES.forbidden || code === CLOSE_CODES.notFound;
}
