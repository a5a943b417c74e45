import { NO_ACCREDITATION } from './accreditation.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PresenceEntry, QueuedHand, WorkshopState } from './events.js';
import { applyStateDelta, comparePresence, diffState } from './stateDelta.js';
import { stateDelta } from './stateDeltaSchema.js';
import type { VoteSummary } from './votes.js';

/** Reproduce a failure with FC_SEED=<seed>; the seed is printed on every run. */
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.info(`state delta properties: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);

const base = (): WorkshopState => ({
  protocolVersion: 4,
  workshopId: 'w1',
  version: 1,
  serverTime: 1_000,
  accreditation: NO_ACCREDITATION,
  agenda: { days: [{ id: 'd1', title: 'Day 1', sessions: [] }] },
  currentSessionId: null,
  stage: null,
  timer: { durationMs: 0, endsAt: null, remainingMs: 0 },
  locks: { experiences: false, recommendations: false, plan: false, strategy: false, charter: false, responses: false },
  spotlight: null,
  hands: [],
  headcount: { participants: 0, organisations: 0 },
  returningOrganisations: [],
  charter: { frozen: false, adoptionVoteId: null, adopted: null, signatories: [] },
  amendments: { mode: false, items: [] },
  priorities: {},
  language: 'en',
  projector: { resultsFrom: 0, joinCodeLarge: false },
  entryMode: 'open',
  dialogue: null,
  presence: [],
  votes: [],
});

const vote = (id: string, ballots: number, yes: number, voters: string[] | null, status: 'open' | 'closed' = 'open'): VoteSummary => ({
  id,
  spec: { kind: 'yesno', question: 'Adopt?', franchise: 'participant', secret: voters === null, showResults: 'live', threshold: 'majority' },
  status,
  openedAt: 1,
  closedAt: status === 'closed' ? 2 : null,
  charterHash: null,
  turnout: { ballots, present: 10 },
  live: { counts: { yes, no: ballots - yes, abstain: 0 }, ballots, method: 'one mark per ballot' },
  voters: voters && voters.map((name) => ({ name, organisation: 'Org' })),
  result: null,
});

const entryArb: fc.Arbitrary<PresenceEntry> = fc.record({
  id: fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5', 'facilitator'),
  name: fc.constantFrom('Saran', 'Bold', 'Tuya', 'Saran'),
  organisation: fc.constantFrom('Globe', 'MWF', null),
  role: fc.constant('participant' as const),
  connections: fc.integer({ min: 1, max: 3 }),
});
const presenceArb = fc.uniqueArray(entryArb, { selector: (entry) => entry.id, maxLength: 6 }).map((entries) => entries.sort(comparePresence));
const handsArb = fc
  .uniqueArray(fc.constantFrom('p1', 'p2', 'p3', 'p4'), { maxLength: 4 })
  .map((ids): QueuedHand[] => ids.map((id, i) => ({ participantId: id, name: id, organisation: null, raisedAt: i, place: i + 1 })));
const votesArb = fc
  .tuple(fc.nat(5), fc.nat(5), fc.boolean(), fc.boolean(), fc.subarray(['Saran', 'Bold', 'Tuya', 'Oyun']))
  .map(([ballots, extra, secret, closed, voters]) => {
    const first = vote('v1', ballots, Math.min(ballots, 2), secret ? null : voters, closed ? 'closed' : 'open');
    return extra > 2 ? [first, vote('v2', extra, 1, null)] : [first];
  });
const stateArb = fc
  .record({ presence: presenceArb, hands: handsArb, votes: votesArb, participants: fc.nat(200), frozen: fc.boolean(), endsAt: fc.option(fc.nat()) })
  .map(({ presence, hands, votes, participants, frozen, endsAt }) => {
    const state = base();
    return {
      ...state,
      presence,
      hands,
      votes,
      headcount: { participants, organisations: Math.min(participants, 3) },
      charter: { ...state.charter, frozen },
      timer: { ...state.timer, endsAt },
    };
  });

describe('state deltas', () => {
  it('applying the diff of two states gives the second, and the delta fits its schema (property)', () => {
    fc.assert(
      fc.property(stateArb, stateArb, (prev, next) => {
        const changes = diffState(prev, next);
        if (changes.length === 0) {
          expect({ ...prev, version: 0 }).toEqual({ ...next, version: 0 });
          return;
        }
        const delta = stateDelta.parse(JSON.parse(JSON.stringify({ from: prev.version, to: 2, changes })));
        expect(applyStateDelta(prev, delta)).toEqual({ ...next, version: 2 });
      }),
      { seed, numRuns: 500 },
    );
  });

  it('refuses a delta that does not start from the state’s version', () => {
    const state = base();
    expect(applyStateDelta(state, { from: 7, to: 8, changes: [{ op: 'presence.drop', id: 'p1' }] })).toBeNull();
  });

  it('sends a counted ballot as its tally alone, and the new voter alone', () => {
    const prev = { ...base(), votes: [vote('v1', 3, 2, ['Saran', 'Bold', 'Tuya'])] };
    const next = { ...base(), votes: [vote('v1', 4, 3, ['Saran', 'Bold', 'Tuya', 'Oyun'])] };
    expect(diffState(prev, next)).toEqual([
      { op: 'vote.tally', id: 'v1', ballots: 4, counts: { yes: 3 }, counted: 4, voters: { keep: 3, add: [{ name: 'Oyun', organisation: 'Org' }] } },
    ]);
  });

  it('keeps the identity of what a delta does not touch', () => {
    const prev = { ...base(), presence: [{ id: 'p1', name: 'Saran', organisation: 'Globe', role: 'participant' as const, connections: 1 }] };
    const next = applyStateDelta(prev, { from: 1, to: 2, changes: [{ op: 'set', field: 'headcount', value: { participants: 2, organisations: 1 } }] })!;
    expect(next.presence).toBe(prev.presence);
    expect(next.agenda).toBe(prev.agenda);
    expect(next.headcount).toEqual({ participants: 2, organisations: 1 });
  });
});
