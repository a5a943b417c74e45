/** The shape of a control command's resolution: it edits a draft of the record, or throws CommandError. */
import type { Identity } from '../../../shared/api.js';
import type { CommandName, ParsedPayload } from '../../../shared/control.js';
import type { ControlRecord } from '../../../shared/events.js';

export interface CommandContext {
  identity: Identity;
  /** The server clock at the time of the command. */
  now: number;
  newId: () => string;
}

/** Returns extra fields for the acknowledgement, if any. */
export type CommandHandler<C extends CommandName> = (
  draft: ControlRecord,
  payload: ParsedPayload<C>,
  context: CommandContext,
) => Record<string, unknown> | void;
