/**
 * The control channel sends the whole state once, then deltas. Real Socket.io clients of every
 * role apply only deltas (`applyStateDelta`, as the page does) and must end exactly where a fresh
 * `state:get` for their role stands; a participant never receives another organisation's
 * roster; a client that loses a delta asks for the whole state and carries on.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StateAnswer, WorkshopState } from '../../shared/events.js';
import { stateDelta } from '../../shared/stateDeltaSchema.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';

/** Reproduce a failure with FC_SEED=<seed>; the seed is printed on every run. */
const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
console.info(`control channel deltas: fast-check seed ${seed} (rerun with FC_SEED=${seed})`);

let server: Awaited<ReturnType<typeof startTestServer>>;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const PEOPLE = [
  { name: 'Saran', organisation: 'Globe International' },
  { name: 'Bold', organisation: 'Globe International' },
  { name: 'Tuya', organisation: 'Mongolian Women’s Fund' },
  { name: 'Oyun', organisation: 'Mongolian Women’s Fund' },
  { name: 'Gerel', organisation: 'Centre for Human Rights' },
] as const;

const who = fc.nat(PEOPLE.length - 1);
const actionArb = fc.oneof(
  fc.record({ kind: fc.constant('connect' as const), who }),
  fc.record({ kind: fc.constant('disconnect' as const), who }),
  fc.record({ kind: fc.constant('raise' as const), who }),
  fc.record({ kind: fc.constant('lower' as const), who }),
  fc.record({ kind: fc.constant('facilitator-lowers' as const), who }),
  fc.record({ kind: fc.constant('cast' as const), who, choice: fc.constantFrom('yes', 'no', 'abstain') }),
  fc.record({ kind: fc.constant('pause' as const), ms: fc.integer({ min: 0, max: 80 }) }),
);
type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never;

/** What a client shows: everything but its version and the clock reading. */
const shown = (state: WorkshopState | null) => state && { ...state, version: 0, serverTime: 0 };

async function connect(clients: ControlClient[], token: string): Promise<ControlClient> {
  const client = connectControl(server.url, token);
  clients.push(client);
  await waitFor(() => client.latest() !== null, 'first state');
  return client;
}

/** Waits until no client has received a delta for a while: every batch window and vote refresh has passed. */
async function settled(clients: ControlClient[]): Promise<void> {
  let seen = -1;
  let since = Date.now();
  await waitFor(() => {
    const total = clients.reduce((sum, client) => sum + client.deltas.length, 0);
    if (total !== seen) [seen, since] = [total, Date.now()];
    return Date.now() - since > 250;
  }, 'the control channel to fall quiet');
}

/** Each open client's state, from deltas alone, equals what `state:get` answers it now. */
async function expectCurrent(clients: ControlClient[]): Promise<void> {
  for (const client of clients.filter((c) => c.socket.connected)) {
    const answer: StateAnswer = await client.socket.timeout(5000).emitWithAck('state:get');
    if (!answer.ok) throw new Error(answer.error.message);
    expect(shown(client.latest())).toEqual(shown(answer.state));
    expect(client.resyncs()).toBe(0);
    for (const delta of client.deltas) stateDelta.parse(delta);
  }
}

async function play(actions: Action[]): Promise<void> {
  const clients: ControlClient[] = [];
  try {
    const workshop = await createWorkshop(server.url, server.organiserKey);
    const tokens = await Promise.all(PEOPLE.map(({ name, organisation }) => joinWorkshop(server.url, workshop, name, organisation)));
    const facilitator = await connect(clients, workshop.facilitatorToken);
    await connect(clients, workshop.projectorToken);
    const sockets: ControlClient[][] = PEOPLE.map(() => []);
    sockets[0]!.push(await connect(clients, tokens[0]!.token));
    const opened = await facilitator.send('vote:open', {
      kind: 'yesno',
      question: 'Prioritise OP-CAT?',
      franchise: 'participant',
      secret: false,
      showResults: 'live',
      threshold: 'majority',
    });
    const voteId = (opened as unknown as { voteId: string }).voteId;
    for (const action of actions) {
      if (action.kind === 'pause') {
        await new Promise((resolve) => setTimeout(resolve, action.ms));
        continue;
      }
      const own = sockets[action.who]!;
      const mine = own[0];
      if (action.kind === 'connect') own.push(await connect(clients, tokens[action.who]!.token));
      else if (action.kind === 'disconnect') own.pop()?.close();
      else if (action.kind === 'facilitator-lowers') await facilitator.send('hand:lower', { participantId: tokens[action.who]!.participantId });
      else if (!mine) continue;
      else if (action.kind === 'raise') await mine.send('hand:raise');
      else if (action.kind === 'lower') await mine.send('hand:lower');
      else if (action.kind === 'cast') await mine.send('vote:cast', { voteId, choice: action.choice, requestId: `request-${Math.random()}` });
    }
    await settled(clients);
    await expectCurrent(clients);
    for (const [i, own] of sockets.entries()) {
      for (const client of own.filter((c) => c.socket.connected)) {
        expect(client.latest()!.presence.every((entry) => entry.organisation === PEOPLE[i]!.organisation)).toBe(true);
      }
    }
  } finally {
    for (const client of clients) client.close();
  }
}

describe('state deltas on the control channel', () => {
  it('a client applying only deltas ends with exactly the state state:get returns for its role, under random joins, leaves, hands and ballots (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(actionArb, { minLength: 1, maxLength: 25 }), (actions) => play(actions)),
      { seed, numRuns: 12, endOnFailure: true },
    );
  }, 180_000);

  it('a participant never receives another organisation’s roster, and the projector receives counts only', async () => {
    const clients: ControlClient[] = [];
    try {
      const workshop = await createWorkshop(server.url, server.organiserKey);
      const join = (name: string, organisation: string) => joinWorkshop(server.url, workshop, name, organisation);
      const saran = await join('Saran', 'Globe International');
      const facilitator = await connect(clients, workshop.facilitatorToken);
      const projector = await connect(clients, workshop.projectorToken);
      const watcher = await connect(clients, saran.token);
      const received: string[] = [JSON.stringify(watcher.latest())];
      watcher.socket.onAny((_event, ...args: unknown[]) => received.push(JSON.stringify(args)));

      const zolzaya = await connect(clients, (await join('Zolzaya', 'Khuree Legal Aid')).token);
      await connect(clients, (await join('Khulan', 'Khuree Legal Aid')).token);
      await connect(clients, (await join('Bold', 'Globe International')).token);
      expect(await zolzaya.send('hand:raise')).toEqual({ ok: true });
      await waitFor(() => facilitator.latest()!.hands.length === 1 && facilitator.latest()!.headcount.participants === 4, 'the facilitator sees everyone');
      expect(facilitator.latest()!.presence.map((entry) => entry.name)).toEqual(expect.arrayContaining(['Zolzaya', 'Khulan', 'Bold', 'Saran']));
      await waitFor(() => watcher.latest()!.headcount.participants === 4, 'the watcher counts everyone');
      expect(await facilitator.send('hand:lower', { participantId: zolzaya.latest()!.hands[0]!.participantId })).toEqual({ ok: true });
      const answer: StateAnswer = await watcher.socket.timeout(5000).emitWithAck('state:get');
      received.push(JSON.stringify(answer));

      const everything = received.join('\n');
      expect(everything).toContain('Bold');
      for (const secret of ['Zolzaya', 'Khulan', 'Khuree Legal Aid']) expect(everything).not.toContain(secret);
      expect(watcher.latest()!.presence.map((entry) => entry.name)).toEqual(['Bold', 'Saran']);
      expect(watcher.latest()!.headcount).toEqual({ participants: 4, organisations: 2 });

      await waitFor(() => projector.latest()!.headcount.participants === 4 && projector.latest()!.hands.length === 0, 'the projector counts');
      expect(projector.latest()!.presence).toEqual([]);
      expect(projector.deltas.flatMap((delta) => delta.changes).some((change) => change.op.startsWith('presence.'))).toBe(false);
    } finally {
      for (const client of clients) client.close();
    }
  });

  it('a client that misses a delta asks for the whole state, then carries on with deltas', async () => {
    const clients: ControlClient[] = [];
    try {
      const workshop = await createWorkshop(server.url, server.organiserKey);
      const join = async (name: string) => (await joinWorkshop(server.url, workshop, name, 'Globe International')).token;
      const facilitator = await connect(clients, workshop.facilitatorToken);
      const watcher = await connect(clients, await join('Saran'));
      watcher.dropNextDelta();
      const bold = await connect(clients, await join('Bold'));
      await waitFor(() => watcher.deltas.length === 1, 'the lost delta');
      expect(watcher.latest()!.headcount.participants).toBe(1);
      expect(await bold.send('hand:raise')).toEqual({ ok: true });
      await waitFor(() => watcher.resyncs() === 1 && watcher.latest()!.hands.length === 1, 'the whole state again');
      expect(watcher.latest()!.presence.map((entry) => entry.name)).toEqual(['Bold', 'Saran']);

      await connect(clients, await join('Tuya'));
      await waitFor(() => watcher.latest()!.headcount.participants === 3, 'the next arrival, by delta');
      expect(watcher.resyncs()).toBe(1);
      await settled(clients);
      const answer: StateAnswer = await watcher.socket.timeout(5000).emitWithAck('state:get');
      expect(answer.ok && shown(answer.state)).toEqual(shown(watcher.latest()));
      expect(facilitator.resyncs()).toBe(0);
    } finally {
      for (const client of clients) client.close();
    }
  });
});
