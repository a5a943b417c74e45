/**
 * `commitment:put-to-vote`: the facilitator asks the room to confirm a plan row as a joint
 * commitment. It opens a yes/no (or consent) vote about that row through the vote commands; the
 * vote's close settles it (`settleCommitmentVote`): passed, the row is a commitment with the tally.
 */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import { commitmentVoteRow } from '../../../shared/commitmentVotes.js';
import { readPlan } from '../../../shared/plan.js';
import { readPlanReferences } from '../../../shared/responses.js';
import { documentName } from '../../../shared/sections.js';
import { openVotePayload } from '../../../shared/votes.js';
import type { WorkshopLanguage } from '../../../shared/workshopLanguage.js';
import { serverSideConnection } from '../../collaboration/RoomConnection.js';
import { conflict, notFound } from '../../errors.js';
import { authoriseDialogue } from '../../policies/dialogue.js';
import { openVote } from '../votes/openVote.js';
import type { VoteDeps } from '../votes/voteDeps.js';

type Rules = ParsedPayload<'commitment:put-to-vote'>;

/** How much of the row's subject the question quotes; the question holds at most 1000 characters. */
const SUBJECT_CHARS = 300;

/** The question the room is asked, in the workshop's language. */
export function commitmentQuestion(language: WorkshopLanguage, number: number, subject: string): string {
  const quoted = subject.length > SUBJECT_CHARS ? `${subject.slice(0, SUBJECT_CHARS - 1)}…` : subject;
  const about = quoted ? ` (${quoted})` : '';
  return language === 'mn'
    ? `Төлөвлөгөөний ${number}-р мөрийг${about} хамтын амлалт болгон батлах уу?`
    : `Confirm plan row ${number}${about} as a joint commitment?`;
}

export async function putCommitmentToVote({ rowId, question, ...rules }: Rules, identity: Identity, deps: VoteDeps): Promise<{ voteId: string }> {
  const { workshopId } = identity;
  // AUTH: a dialogue day only.
  const record = await deps.controls.load(workshopId);
  const dialogue = authoriseDialogue(record);
  // VALIDATION: a row of the plan, not yet a commitment, not already under vote.
  if (dialogue.commitments[rowId]) throw conflict('that row is already a joint commitment; withdraw it first to vote again');
  const row = await planRow(deps, identity, rowId);
  if (!row) throw notFound('no plan row with this id');
  await deps.board.load(workshopId);
  if (deps.board.openVotes(workshopId).some((vote) => commitmentVoteRow(vote.spec) === rowId)) throw conflict('that row is already under vote');
  // RESOLUTION: an ordinary vote about the row; its close records the commitment.
  const asked = question ?? commitmentQuestion(record.language, row.number, row.subject);
  const spec = openVotePayload.parse({ ...rules, question: asked, subject: { section: 'plan', itemId: rowId } });
  const { voteId } = await openVote(spec, identity, deps);
  return { voteId };
}

/** The row's place in the plan and what it answers, read from the room after every accepted update landed. */
async function planRow(deps: VoteDeps, identity: Identity, rowId: string): Promise<{ number: number; subject: string } | null> {
  const holder = serverSideConnection(identity, 'plan');
  const room = await deps.rooms.join(documentName(identity.workshopId, 'plan'), holder);
  try {
    await room.settle();
    const rows = readPlan(room.doc);
    const index = rows.findIndex((row) => row.id === rowId);
    if (index < 0) return null;
    const references = readPlanReferences(room.doc);
    const subject = rows[index]!.recommendationKeys
      .map((key) => references.get(key))
      .flatMap((r) => (r ? [r.ref ? `${r.ref} ${r.text}` : r.text] : []))
      .join(' · ');
    return { number: index + 1, subject };
  } finally {
    deps.rooms.leave(room, holder);
  }
}
