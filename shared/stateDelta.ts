/**
 * Versioned state deltas. After the first full `state`, the server sends each socket only what
 * changed for its role, as `state:delta` `{ from, to, serverTime?, changes }`. The changes are a
 * small explicit vocabulary, not JSON patches: a patch's paths are array indices that a
 * concurrent arrival shifts, while these name entries by id. `applyStateDelta` is the one way a
 * client (and every test) moves from one version to the next; `diffState` is how the server
 * finds the changes. Both are pure.
 */
import { z } from 'zod';
import { type Agenda, STAGES } from './agenda.js';
import type { AmendmentsRecord } from './amendments.js';
import type { CharterRecord, PresenceEntry, WorkshopState } from './events.js';
import { ROLES } from './roles.js';
import { SECTIONS } from './sections.js';
import type { VoteSummary } from './votes.js';

const id = z.string().min(1).max(64);
const count = z.number().int().min(0);
/** Large structures the server builds itself: typed, checked only for being an object. */
const object = <T>() => z.custom<T>((value) => typeof value === 'object' && value !== null, 'expected an object');

const presenceEntry = z.object({ id, name: z.string(), organisation: z.string().nullable(), role: z.enum(ROLES), connections: count }).strict();
const queuedHand = z
  .object({ participantId: id, name: z.string(), organisation: z.string().nullable(), raisedAt: count, place: z.number().int().min(1) })
  .strict();
const voter = z.object({ name: z.string(), organisation: z.string().nullable() }).strict();

/** `{ op: 'set', field, value }`: the field is replaced whole. */
const set = <F extends SetField, S extends z.ZodType<WorkshopState[F]>>(field: F, value: S) =>
  z.object({ op: z.literal('set'), field: z.literal(field), value }).strict();

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
  'returningOrganisations',
  'charter',
  'amendments',
  'votes',
] as const satisfies readonly (keyof WorkshopState)[];
export type SetField = (typeof SET_FIELDS)[number];

const setChange = z.discriminatedUnion('field', [
  set('agenda', object<Agenda>()),
  set('currentSessionId', id.nullable()),
  set('stage', z.enum(STAGES).nullable()),
  set('timer', z.object({ durationMs: count, endsAt: z.number().nullable(), remainingMs: z.number() }).strict()),
  set('locks', z.record(z.enum(SECTIONS), z.boolean())),
  set('spotlight', z.object({ section: z.enum(SECTIONS), itemId: id }).strict().nullable()),
  set('hands', z.array(queuedHand)),
  set('headcount', z.object({ participants: count, organisations: count }).strict()),
  set('returningOrganisations', z.array(z.string())),
  set('charter', object<CharterRecord>()),
  set('amendments', object<AmendmentsRecord>()),
  // Only when votes are not just appended to or tallied (never today: votes are not deleted).
  set('votes', z.array(object<VoteSummary>())),
]);

/**
 * One change. `presence.put` adds or replaces an entry by id (the list stays sorted by
 * `comparePresence`); `presence.drop` removes one. `vote.put` appends a new vote or replaces one
 * whole (opened, closed, counted). `vote.tally` is the frequent one, a ballot counted: only what
 * moved — turnout `ballots` and `present`, the live `counts` that changed (merged into the
 * previous counts), `counted` (the live tally's ballots), and `voters` (open ballots) as the
 * number of previous voters kept plus those added.
 */
export const stateChange = z.union([
  setChange,
  z.object({ op: z.literal('presence.put'), entry: presenceEntry }).strict(),
  z.object({ op: z.literal('presence.drop'), id }).strict(),
  z.object({ op: z.literal('vote.put'), vote: object<VoteSummary>() }).strict(),
  z
    .object({
      op: z.literal('vote.tally'),
      id,
      ballots: count.optional(),
      present: count.optional(),
      counts: z.record(z.string(), z.number()).optional(),
      counted: count.optional(),
      voters: z.object({ keep: count, add: z.array(voter) }).strict().optional(),
    })
    .strict(),
]);
export type StateChange = z.output<typeof stateChange>;
type VoteTally = Extract<StateChange, { op: 'vote.tally' }>;

/** `state:delta`: the changes from version `from` to `to`; `serverTime` only when the timer changed. */
export const stateDelta = z.object({ from: count, to: count, serverTime: z.number().optional(), changes: z.array(stateChange).min(1) }).strict();
export type StateDelta = z.output<typeof stateDelta>;

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
