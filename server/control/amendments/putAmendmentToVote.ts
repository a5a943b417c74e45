/** `amendment:put-to-vote`: opens a yes/no vote on an open amendment through the vote commands. */
import type { Identity } from '../../../shared/api.js';
import { locateParagraph } from '../../../shared/charterParagraphs.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { openVotePayload } from '../../../shared/votes.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { conflict } from '../../errors.js';
import { openVote } from '../votes/openVote.js';
import type { VoteDeps } from '../votes/voteDeps.js';
import { changeAmendments, findAmendment } from './changeAmendments.js';
import { charterParagraphsNow } from './charterParagraphsNow.js';

type Rules = ParsedPayload<'amendment:put-to-vote'>;

/** The question the room is asked, in the workshop's language; the name stands alone, so no suffix is glued to it. */
function amendmentQuestion(language: WorkshopLanguage, paragraph: number, author: string): string {
  return language === 'mn'
    ? `Нэмэлт, өөрчлөлтийг батлах уу? Догол мөр ${paragraph}, санал болгосон: ${author}.`
    : `Adopt the amendment to paragraph ${paragraph} proposed by ${author}?`;
}

export async function putAmendmentToVote({ amendmentId, question, ...rules }: Rules, identity: Identity, deps: VoteDeps): Promise<{ voteId: string }> {
  // VALIDATION against the text: a vote on a paragraph that has changed could pass and apply nothing.
  const paragraphs = await charterParagraphsNow(deps.rooms, identity.workshopId, identity);
  let asked = '';
  // Reserved first (status `voting`), so a second click or a withdrawal cannot race the vote being opened.
  await changeAmendments(deps, identity, 'amendment:put-to-vote', (draft) => {
    const amendment = findAmendment(draft, amendmentId);
    if (amendment.status !== 'open') throw conflict(`the amendment is ${amendment.status === 'voting' ? 'already under vote' : amendment.status}`);
    if (draft.charter.frozen) throw conflict('the charter is frozen for its adoption vote');
    const target = locateParagraph(paragraphs, amendment.paragraph);
    if (!target) throw conflict('the paragraph has changed since the amendment was proposed');
    asked = question ?? amendmentQuestion(draft.language, target.index + 1, amendment.author.name);
    amendment.status = 'voting';
    return { amendmentId, ...rules, question: asked };
  });
  let voteId: string;
  try {
    const spec = openVotePayload.parse({ ...rules, question: asked, subject: { section: 'charter', itemId: amendmentId } });
    ({ voteId } = await openVote(spec, identity, deps));
  } catch (error) {
    await changeAmendments(deps, identity, 'amendment:put-to-vote', (draft) => {
      const amendment = findAmendment(draft, amendmentId);
      if (amendment.status === 'voting' && amendment.voteId === null) amendment.status = 'open';
      return { amendmentId, status: 'open: the vote could not be opened' };
    });
    throw error;
  }
  await changeAmendments(deps, identity, 'amendment:put-to-vote', (draft) => {
    findAmendment(draft, amendmentId).voteId = voteId;
    return { amendmentId, voteId };
  });
  return { voteId };
}
