/**
 * After an amendment's vote closes: passed, the server writes the replacement into the charter
 * through the room (stored before anyone sees it) and records the provenance; failed, the
 * amendment is rejected. A paragraph that changed meanwhile gets `conflict` and nothing is written.
 */
import type { Identity } from '../../../shared/api.js';
import { type AmendmentOutcome, type AmendmentProvenance, amendmentOfVote } from '../../../shared/amendments.js';
import { CHARTER_FRAGMENT } from '../../../shared/charterText.js';
import { inlineText, locateParagraph, paragraphsOf, textBlocksOf } from '../../../shared/charterParagraphs.js';
import { documentName } from '../../../shared/sections.js';
import type { VoteResult } from '../../../shared/votes.js';
import * as Y from 'yjs';
import { describeError, log } from '../../logger.js';
import type { StoredVote } from '../../storage/Store.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments } from './changeAmendments.js';
import { replaceParagraphText } from './replaceParagraphText.js';

type Applied = { ok: true; before: string; after: string } | { ok: false; problem: string };

/** Settles the amendment the vote was about, if any; null for any other vote. */
export async function settleAmendmentVote(vote: StoredVote, result: VoteResult, identity: Identity, deps: VoteDeps): Promise<AmendmentOutcome | null> {
  const record = deps.controls.get(identity.workshopId);
  const amendment = record ? amendmentOfVote(record.amendments.items, vote.id) : undefined;
  if (!record || !amendment || amendment.status !== 'voting') return null;
  const applied: Applied | null = result.passed ? await apply(amendment.paragraph, amendment.replacement, record.charter.frozen, identity, deps) : null;
  let outcome: AmendmentOutcome = { amendmentId: amendment.id, status: 'rejected' };
  await changeAmendments(deps, identity, 'vote:close', (draft, now) => {
    const item = amendmentOfVote(draft.amendments.items, vote.id);
    if (!item) return { voteId: vote.id };
    item.decidedAt = now;
    if (!applied) item.status = 'rejected';
    else if (applied.ok) {
      const provenance: AmendmentProvenance = { amendmentId: item.id, voteId: vote.id, appliedAt: now, before: applied.before, after: applied.after };
      Object.assign(item, { status: 'adopted', applied: provenance });
    } else Object.assign(item, { status: 'conflict', problem: applied.problem });
    outcome = { amendmentId: item.id, status: item.status, ...(applied && !applied.ok ? { error: { code: 'conflict', message: applied.problem } } : {}) };
    return { voteId: vote.id, amendmentId: item.id, amendment: item.status, ...(item.applied ? { before: item.applied.before, after: item.applied.after } : {}) };
  });
  return outcome;
}

async function apply(target: { index: number; text: string }, replacement: string, frozen: boolean, identity: Identity, deps: VoteDeps): Promise<Applied> {
  // The server's own write skips the Yjs write policy, so it keeps the freeze's promise itself.
  if (frozen) return { ok: false, problem: 'the charter is frozen for its adoption vote' };
  let applied: Applied = { ok: false, problem: 'the paragraph has changed since the amendment was proposed' };
  try {
    await deps.rooms.change(documentName(identity.workshopId, 'charter'), identity, (doc) => {
      const fragment = doc.getXmlFragment(CHARTER_FRAGMENT);
      const found = locateParagraph(paragraphsOf(fragment), target);
      const element = found ? textBlocksOf(fragment)[found.index] : null;
      if (!found || !(element instanceof Y.XmlElement)) return;
      replaceParagraphText(element, replacement);
      applied = { ok: true, before: found.text, after: inlineText(element) };
    });
  } catch (error) {
    log.error('amendments.apply_failed', { workshopId: identity.workshopId, error: describeError(error) });
    return { ok: false, problem: 'the charter could not be written' };
  }
  return applied;
}
