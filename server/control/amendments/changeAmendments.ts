/** The one way amendment commands change the control record: stored with its audit entry, then broadcast. */
import type { Identity } from '../../../shared/api.js';
import type { Amendment } from '../../../shared/amendments.js';
import type { CommandName } from '../../../shared/control.js';
import type { ControlRecord } from '../../../shared/events.js';
import { notFound } from '../../errors.js';
import type { VoteDeps } from '../votes/voteDeps.js';

/** Runs `edit` on a draft of the record; it returns the audit detail (amendment text is not secret) and throws `DomainError` to refuse. */
export async function changeAmendments(
  deps: Pick<VoteDeps, 'controls' | 'changed'>,
  identity: Identity,
  command: CommandName,
  edit: (draft: ControlRecord, now: number) => Record<string, unknown>,
): Promise<void> {
  const now = Date.now();
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    const detail = edit(draft, now);
    return { result: null, audit: { at: now, actorRole: identity.role, actorName: identity.name, command, detail } };
  });
  deps.changed(identity.workshopId, entry);
}

/** The amendment with this id in the draft, or `not_found`. */
export function findAmendment(draft: ControlRecord, amendmentId: string): Amendment {
  const amendment = draft.amendments.items.find((item) => item.id === amendmentId);
  if (!amendment) throw notFound('no amendment with this id');
  return amendment;
}
