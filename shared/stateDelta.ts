/**
 * Versioned state deltas. After the first full `state`, the server sends each socket only what
 * changed for its role, as `state:delta` `{ from, to, serverTime?, changes }`. The changes are a
 * small explicit vocabulary, not JSON patches: a patch's paths are array indices that a
 * concurrent arrival shifts, while these name entries by id. `applyStateDelta` is the one way a
 * client (and every test) moves from one version to the next; `diffState` is how the server
 * finds the changes. Both are pure.
 */
import type { PresenceEntry, WorkshopState } from './events.js';
import type { StateChange, StateDelta } from './stateDeltaSchema.js';
import type { VoteSummary } from './votes.js';

export type { StateChange, StateDelta } from './stateDeltaSchema.js';

/** Fields a `set` change replaces whole; `presence` and `votes` change entry by entry (below). */
export const SET_FIELDS = [
  'agenda',
  'currentSessionId',
  'stage',
  'timer',
  'locks',
  'spotlight',
  'hands',
  'headcount',
  'accreditation',
  'returningOrganisations',
  'charter',
  'amendments',
  'priorities',
  'language',
  'projector',
  'entryMode',
  'dialogue',
  'votes',
] as const satisfies readonly (keyof WorkshopState)[];
export type SetField = (typeof SET_FIELDS)[number];

type VoteTally = Extract<StateChange, { op: 'vote.tally' }>;

/** The roster's order, on both sides: organisation, then name, then id (so equal names keep one order). */
export function comparePresence(a: PresenceEntry, b: PresenceEntry): number {
  return (a.organisation ?? '').localeCompare(b.organisation ?? '') || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * The state at `delta.to`, or null when the delta does not start from this state's version (a
 * delta was missed: ask for the whole state with `state:get`). Never mutates `state`; fields
 * the delta does not touch keep their identity, so memoised views do not render again.
 */
export function applyStateDelta(state: WorkshopState, delta: StateDelta): WorkshopState | null {
  if (delta.from !== state.version) return null;
  const next: WorkshopState = { ...state, version: delta.to, serverTime: delta.serverTime ?? state.serverTime };
  let presenceMoved = false;
  for (const change of delta.changes) {
    switch (change.op) {
      case 'set':
        // The schema pairs each field with its value's type; TypeScript cannot follow that pairing through an index.
        (next as Record<SetField, unknown>)[change.field] = change.value;
        break;
      case 'presence.put':
        next.presence = [...next.presence.filter((entry) => entry.id !== change.entry.id), change.entry];
        presenceMoved = true;
        break;
      case 'presence.drop':
        next.presence = next.presence.filter((entry) => entry.id !== change.id);
        break;
      case 'vote.put': {
        const known = next.votes.some((vote) => vote.id === change.vote.id);
        next.votes = known ? next.votes.map((vote) => (vote.id === change.vote.id ? change.vote : vote)) : [...next.votes, change.vote];
        break;
      }
      case 'vote.tally':
        next.votes = next.votes.map((vote) => (vote.id === change.id ? tallied(vote, change) : vote));
        break;
    }
  }
  if (presenceMoved) next.presence.sort(comparePresence);
  return next;
}

function tallied(vote: VoteSummary, change: VoteTally): VoteSummary {
  const turnout = { ballots: change.ballots ?? vote.turnout.ballots, present: change.present ?? vote.turnout.present };
  const live = vote.live && { ...vote.live, counts: { ...vote.live.counts, ...change.counts }, ballots: change.counted ?? vote.live.ballots };
  const voters = change.voters ? [...(vote.voters ?? []).slice(0, change.voters.keep), ...change.voters.add] : vote.voters;
  return { ...vote, turnout, live, voters };
}

/** The changes that turn `prev` into `next` (both as one role sees them); empty when nothing a client shows changed. */
export function diffState(prev: WorkshopState, next: WorkshopState): StateChange[] {
  const changes: StateChange[] = [];
  for (const field of SET_FIELDS) {
    if (field === 'votes' || sameJson(prev[field], next[field])) continue;
    // Same pairing as in applyStateDelta: `next[field]` is the value type of `field`.
    changes.push({ op: 'set', field, value: next[field] } as StateChange);
  }
  changes.push(...diffPresence(prev.presence, next.presence), ...diffVotes(prev.votes, next.votes));
  return changes;
}

function diffPresence(prev: PresenceEntry[], next: PresenceEntry[]): StateChange[] {
  const before = new Map(prev.map((entry) => [entry.id, entry]));
  const changes: StateChange[] = [];
  for (const entry of next) {
    if (!sameJson(before.get(entry.id), entry)) changes.push({ op: 'presence.put', entry });
    before.delete(entry.id);
  }
  for (const id of before.keys()) changes.push({ op: 'presence.drop', id });
  return changes;
}

function diffVotes(prev: VoteSummary[], next: VoteSummary[]): StateChange[] {
  if (prev.some((vote, i) => next[i]?.id !== vote.id)) return [{ op: 'set', field: 'votes', value: next }];
  return next.flatMap((vote, i): StateChange[] => {
    const before = prev[i];
    if (!before) return [{ op: 'vote.put', vote }];
    if (sameJson(before, vote)) return [];
    return [tallyChange(before, vote) ?? { op: 'vote.put', vote }];
  });
}

/** The ballot-by-ballot change as a `vote.tally`, or null when more than the tally moved. */
function tallyChange(a: VoteSummary, b: VoteSummary): VoteTally | null {
  const { turnout: _ta, live: la, voters: va, ...restA } = a;
  const { turnout: _tb, live: lb, voters: vb, ...restB } = b;
  if (!sameJson(restA, restB) || (va === null) !== (vb === null) || (la === null) !== (lb === null)) return null;
  if (la && lb && (la.method !== lb.method || !sameJson(Object.keys(la.counts), Object.keys(lb.counts)))) return null;
  const change: VoteTally = { op: 'vote.tally', id: b.id };
  if (a.turnout.ballots !== b.turnout.ballots) change.ballots = b.turnout.ballots;
  if (a.turnout.present !== b.turnout.present) change.present = b.turnout.present;
  if (la && lb) {
    const moved = Object.entries(lb.counts).filter(([key, n]) => la.counts[key] !== n);
    if (moved.length > 0) change.counts = Object.fromEntries(moved);
    if (la.ballots !== lb.ballots) change.counted = lb.ballots;
  }
  if (va && vb) {
    let keep = 0;
    while (keep < va.length && keep < vb.length && sameJson(va[keep], vb[keep])) keep += 1;
    if (keep < va.length || keep < vb.length) change.voters = { keep, add: vb.slice(keep) };
  }
  return change;
}

/** Structural equality of JSON values (what the wire would carry). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameJson(item, b[i]));
  }
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((key) => Object.hasOwn(b, key) && sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}
