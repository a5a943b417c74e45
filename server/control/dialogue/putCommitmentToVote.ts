/**
 * `commitment:put-to-vote`: the facilitator asks the room to confirm a plan row as a joint
 * commitment. It opens a yes/no (or consent) vote about that row through the vote commands; the
 * vote's close settles it (`settleCommitmentVote`): passed, the row is a commitment with the tally.
 */
import type { Identity } from '../../../shared/api.js';
import type { ParsedPayload } from '../../../shared/control.js';
import type { CommitmentClaim, DialogueRecord } from '../../../shared/dialogue.js';
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
  authoriseDialogue(record);
  // VALIDATION: a row of the plan, not yet a commitment, not already under vote.
  const row = await planRow(deps, identity, rowId);
  if (!row) throw notFound('no plan row with this id');
  await deps.board.load(workshopId);
  if (deps.board.openVotes(workshopId).some((vote) => commitmentVoteRow(vote.spec) === rowId)) throw conflict('that row is already under vote');
  const stale = await staleClaim(deps, workshopId, record.dialogue?.voting?.[rowId]);
  // RESOLUTION: the row is claimed in the record first (one write, whichever instance makes it),
  // so a second click, console or instance is refused rather than opening a second vote.
  await claimRow(deps, identity, rowId, (claim, dialogue) => {
    if (dialogue.commitments[rowId]) throw conflict('that row is already a joint commitment; withdraw it first to vote again');
    if (claim && !(stale && claim.voteId === stale.voteId && claim.claimedAt === stale.claimedAt)) throw conflict('that row is already under vote');
    return { voteId: null, claimedAt: Date.now() };
  });
  let voteId: string;
  try {
    const asked = question ?? commitmentQuestion(record.language, row.number, row.subject);
    const spec = openVotePayload.parse({ ...rules, question: asked, subject: { section: 'plan', itemId: rowId } });
    ({ voteId } = await openVote(spec, identity, deps));
  } catch (error) {
    await claimRow(deps, identity, rowId, (claim) => (claim?.voteId === null ? undefined : claim));
    throw error;
  }
  // The vote may already be closed and settled (another console, at once): then the claim is gone and stays gone.
  await claimRow(deps, identity, rowId, (claim) => (claim?.voteId === null ? { ...claim, voteId } : claim));
  return { voteId };
}

/** How long a claim may wait for its vote before a server that stopped while opening it is assumed. */
const OPENING_MS = 60_000;

/**
 * A claim that holds no longer: its vote is closed (its settling was interrupted), or it was
 * never given a vote long after it was made (the server stopped while opening it). Null otherwise.
 */
async function staleClaim(deps: VoteDeps, workshopId: string, claim: CommitmentClaim | undefined): Promise<CommitmentClaim | null> {
  if (!claim) return null;
  if (claim.voteId === null) return Date.now() - claim.claimedAt > OPENING_MS ? claim : null;
  const vote = deps.board.find(workshopId, claim.voteId) ?? (await deps.board.reread(workshopId, claim.voteId));
  return !vote || vote.closedAt !== null ? claim : null;
}

/** Changes a row's claim in the record, with its audit line; `edit` returns the new claim, or undefined to release it. */
async function claimRow(deps: VoteDeps, identity: Identity, rowId: string, edit: (claim: CommitmentClaim | undefined, dialogue: DialogueRecord) => CommitmentClaim | undefined): Promise<void> {
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    const dialogue = authoriseDialogue(draft);
    const claim = edit(dialogue.voting?.[rowId], dialogue);
    const voting = { ...dialogue.voting };
    if (claim) voting[rowId] = claim;
    else delete voting[rowId];
    dialogue.voting = voting;
    const at = Date.now();
    return { result: null, audit: { at, actorRole: identity.role, actorName: identity.name, command: 'commitment:put-to-vote' as const, detail: { rowId, voteId: claim?.voteId ?? null, claimed: Boolean(claim) } } };
  });
  deps.changed(identity.workshopId, entry);
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
