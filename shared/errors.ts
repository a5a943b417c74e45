/** Stable error codes shared by the HTTP API and the Socket.io acknowledgements. */
export const ERROR_CODES = [
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'conflict',
  /** Well-formed but unusable: a restore archive whose content does not hold together. */
  'unprocessable',
  'rate_limited',
  'too_large',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every refused request and refused command. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

/** The acknowledgement of every Socket.io command. */
export type Ack<T extends object = object> = ({ ok: true } & T) | { ok: false; error: ErrorBody };
