/**
 * The shape of most control commands: one synchronous edit of a draft of the control record,
 * stored with its audit entry before anyone sees it (`ControlStates.change`), then broadcast.
 */
import type { Identity } from '../../shared/api.js';
import type { CommandName, CommandResult, ParsedPayload } from '../../shared/control.js';
import type { ControlRecord } from '../../shared/events.js';
import { newId } from '../auth/secrets.js';
import type { Resolve } from './commandDefinition.js';

export interface EditContext {
  identity: Identity;
  /** The server clock at the time of the command. */
  now: number;
  newId: () => string;
}

/** Edits the draft and returns the answer's fields, if any; throws `DomainError` to refuse (nothing is stored). */
export type RecordEdit<C extends CommandName> = (draft: ControlRecord, payload: ParsedPayload<C>, context: EditContext) => CommandResult<C> | void;

/** The command's resolution: the audit line says what happened, the request and what it answered (a new session's id, a removed one's title). */
export function editRecord<C extends CommandName>(edit: RecordEdit<C>): Resolve<C> {
  return async (payload, identity, deps, name) => {
    const now = Date.now();
    const { result, entry } = await deps.controls.change(identity.workshopId, (draft) => {
      const result = edit(draft, payload, { identity, now, newId });
      const detail: Record<string, unknown> = { ...payload, ...result };
      return { result, audit: { at: now, actorRole: identity.role, actorName: identity.name, command: name, detail } };
    });
    deps.changed(identity.workshopId, entry);
    return result;
  };
}
