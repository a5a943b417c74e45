/** `amendment:propose`: a participant proposes a replacement for one charter paragraph, with a reason. */
import type { Identity } from '../../../shared/api.js';
import { AMENDMENT_LIMITS } from '../../../shared/limits.js';
import { locateParagraph, sameText } from '../../../shared/charterParagraphs.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { newId } from '../../auth/secrets.js';
import { conflict, invalid } from '../../errors.js';
import { authoriseProposal } from '../../policies/amendment.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments } from './changeAmendments.js';
import { charterParagraphsNow } from './charterParagraphsNow.js';

export async function proposeAmendment(
  { paragraph, replacement, reason }: ParsedPayload<'amendment:propose'>,
  identity: Identity,
  deps: VoteDeps,
): Promise<{ amendmentId: string }> {
  // AUTH (beyond the role): an amendment speaks for a named person and their organisation.
  const participantId = authoriseProposal(identity);
  // VALIDATION against the text: an amendment to a paragraph no one can find again could never be applied.
  if (sameText(paragraph.text, replacement)) throw invalid('replacement: the same as the current text');
  const target = locateParagraph(await charterParagraphsNow(deps.rooms, identity.workshopId, identity), paragraph);
  if (!target) throw conflict('the paragraph has changed since you read it; choose it again');
  const amendmentId = newId();
  await changeAmendments(deps, identity, 'amendment:propose', (draft, now) => {
    // VALIDATION against the record, inside the change so a mode switched off meanwhile counts.
    if (!draft.amendments.mode) throw conflict('the charter is not in amendment mode');
    if (draft.charter.frozen) throw conflict('the charter is frozen for its adoption vote');
    if (draft.amendments.items.length >= AMENDMENT_LIMITS.maxAmendments) throw conflict('this workshop has as many amendments as it can hold');
    // RESOLUTION: the target as found now, so the index follows paragraphs that moved.
    draft.amendments.items.push({
      id: amendmentId,
      paragraph: { index: target.index, text: target.text },
      replacement,
      reason,
      author: { participantId, name: identity.name, organisation: identity.organisation },
      proposedAt: now,
      status: 'open',
      voteId: null,
      decidedAt: null,
      applied: null,
      problem: null,
    });
    return { amendmentId, paragraph: target.index, replacement, reason };
  });
  return { amendmentId };
}
