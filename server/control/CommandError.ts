/** A refused command: its code and message go back in the acknowledgement; nothing changes. */
import type { ErrorCode } from '../../shared/errors.js';

export class CommandError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (message: string) => new CommandError('not_found', message);
export const conflict = (message: string) => new CommandError('conflict', message);
