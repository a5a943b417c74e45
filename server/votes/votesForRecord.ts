/** The votes and the charter as `record.json` keeps them: results and the adopted text's hash, never a secret choice. */
import type * as Y from 'yjs';
import { canonicalCharterText } from '../../shared/charterText.js';
import type { RecordCharter, RecordVote } from '../../shared/votes.js';
import { charterHash } from '../charter/charterHash.js';
import type { Store, StoredVote } from '../storage/Store.js';

/** A stored vote for the record; its result already holds counts only when it was secret. */
export function recordVote({ id, spec, charter, openedAt, closedAt, result }: StoredVote): RecordVote {
  return {
    id,
    kind: spec.kind,
    question: spec.question,
    options: spec.options ?? null,
    franchise: spec.franchise,
    secret: spec.secret,
    threshold: spec.threshold,
    quorum: spec.quorum ?? null,
    subject: spec.subject ?? null,
    adopt: spec.adopt ?? null,
    results: result?.counts ?? null,
    method: result?.method ?? null,
    turnout: result?.turnout ?? null,
    quorumMet: result?.quorum.met ?? null,
    thresholdMet: result?.threshold.met ?? null,
    passed: result?.passed ?? null,
    openedAt,
    closedAt,
    charterHash: charter?.hash ?? null,
    roll: result?.roll ?? null,
    voters: result?.voters ?? [],
    openBallots: spec.secret ? null : (result?.openBallots ?? null),
  };
}

/** `votes` and `charter` of a workshop's record; `charterDoc` is the charter section's document, for a text not yet adopted. */
export async function votesForRecord(store: Store, workshopId: string, charterDoc: Y.Doc): Promise<{ votes: RecordVote[]; charter: RecordCharter }> {
  const [votes, control] = await Promise.all([store.listVotes(workshopId), store.loadControl(workshopId)]);
  const adopted = control?.charter?.adopted ?? null;
  const text = adopted?.text ?? canonicalCharterText(charterDoc);
  const signatories = (control?.charter?.signatories ?? []).map(({ organisation, name, signedAt }) => ({ organisation, name, signedAt }));
  return {
    votes: votes.map(recordVote),
    charter: { text, adopted: adopted !== null, hash: adopted?.hash ?? charterHash(text), adoptedAt: adopted?.adoptedAt ?? null, voteId: adopted?.voteId ?? null, signatories },
  };
}
