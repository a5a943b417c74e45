/**
 * `commitment:record`: a plan row both sides agree on becomes a joint commitment, confirmed by a
 * passed vote of the room or by the agreement of named representatives present in the workshop —
 * at least one of the Government and one CSO delegate. `commitment:withdraw` takes one back.
 */
import type { Identity } from '../../../shared/api.js';
import type { JointCommitment } from '../../../shared/dialogue.js';
import { conflict, invalid, notFound } from '../../errors.js';
import { authoriseDialogue } from '../../policies/dialogue.js';
import type { CommandDeps } from '../commandDefinition.js';
import { commitmentTally } from './settleCommitmentVote.js';

type Confirmation = { rowId: string; voteId: string } | { rowId: string; participantIds: string[] };

export async function recordCommitment(payload: Confirmation, identity: Identity, deps: CommandDeps): Promise<void> {
  const { workshopId } = identity;
  authoriseDialogue(await deps.controls.load(workshopId));
  // VALIDATION: the vote passed, or the representatives are this workshop's, of both sides.
  let confirmation: Pick<JointCommitment, 'voteId' | 'representatives' | 'tally'>;
  if ('voteId' in payload) {
    const vote = (await deps.store.listVotes(workshopId)).find((v) => v.id === payload.voteId);
    if (!vote) throw notFound('no vote with this id in the workshop');
    if (!vote.result?.passed) throw conflict('that vote did not pass, or is not closed yet');
    if (vote.spec.subject?.itemId && vote.spec.subject.itemId !== payload.rowId) throw conflict('that vote is about another item');
    confirmation = { voteId: vote.id, representatives: [], tally: commitmentTally(vote, vote.result) };
  } else {
    const participants = new Map((await deps.store.listParticipants(workshopId)).map((p) => [p.id, p]));
    const named = [...new Set(payload.participantIds)].map((id) => participants.get(id));
    if (named.some((p) => !p)) throw notFound('a named representative is not a participant of this workshop');
    const representatives = named.map((p) => ({ name: p!.name, organisation: p!.organisation, layer: p!.layer ?? 'cso' }));
    if (!representatives.some((r) => r.layer === 'government') || !representatives.some((r) => r.layer === 'cso')) {
      throw invalid('name at least one Government representative and one CSO delegate');
    }
    confirmation = { voteId: null, representatives };
  }
  // RESOLUTION
  const { entry } = await deps.controls.change(workshopId, (draft) => {
    const dialogue = authoriseDialogue(draft);
    const now = Date.now();
    dialogue.commitments[payload.rowId] = { rowId: payload.rowId, confirmedAt: now, ...confirmation };
    const detail = { rowId: payload.rowId, voteId: confirmation.voteId, representatives: confirmation.representatives.map((r) => r.name) };
    return { result: undefined, audit: { at: now, actorRole: identity.role, actorName: identity.name, command: 'commitment:record' as const, detail } };
  });
  deps.changed(workshopId, entry);
}

export async function withdrawCommitment({ rowId }: { rowId: string }, identity: Identity, deps: CommandDeps): Promise<void> {
  const { entry } = await deps.controls.change(identity.workshopId, (draft) => {
    const dialogue = authoriseDialogue(draft);
    if (!dialogue.commitments[rowId]) throw notFound('that row is not a joint commitment');
    delete dialogue.commitments[rowId];
    return { result: undefined, audit: { at: Date.now(), actorRole: identity.role, actorName: identity.name, command: 'commitment:withdraw' as const, detail: { rowId } } };
  });
  deps.changed(identity.workshopId, entry);
}
