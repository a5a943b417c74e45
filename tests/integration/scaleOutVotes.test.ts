/**
 * Votes across instances (child processes on one PostgreSQL schema and Redis): one tally wherever
 * a ballot is cast, retried or changed, and wherever the vote is opened, watched or closed.
 */
import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import type { WorkshopState } from '../../shared/events.js';
import type { BallotNotice, VoteResult, VoteSummary } from '../../shared/votes.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { TEST_REDIS_URL } from '../support/redis.js';
import { type Cluster, startCluster } from '../support/cluster.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const yesNo = { kind: 'yesno', question: 'Prioritise the ratification of OP-CAT?', franchise: 'participant', secret: true, showResults: 'live', threshold: 'majority' } as const;

type Answer = { ok: boolean; ballot?: string; voteId?: string; result?: VoteResult; error?: { code: string } };

async function cluster(instances: number): Promise<Cluster> {
  const started = await startCluster({ instances });
  cleanups.push(() => started.stopAll());
  return started;
}

async function connect(url: string, token: string): Promise<ControlClient> {
  const client = connectControl(url, token);
  cleanups.push(() => client.close());
  await waitFor(() => client.latest() !== null, 'first state');
  return client;
}

const send = async (client: ControlClient, name: 'vote:open' | 'vote:cast' | 'vote:close', payload: unknown) =>
  (await client.send(name, payload as never)) as unknown as Answer;
const voteIn = (state: WorkshopState | null, voteId: string): VoteSummary | undefined => state?.votes.find((v) => v.id === voteId);

/** Every message the cluster's instances exchange through Redis (their channels are under the schema's namespace). */
async function listenToRedis(nodes: Cluster): Promise<Buffer[]> {
  const heard: Buffer[] = [];
  const redis = new Redis(TEST_REDIS_URL);
  cleanups.push(() => void redis.disconnect());
  redis.on('pmessageBuffer', (_pattern: Buffer, _channel: Buffer, message: Buffer) => heard.push(message));
  await redis.psubscribe(`convene:${new URL(nodes.databaseUrl).searchParams.get('schema')}:*`);
  return heard;
}

// Child instances start through tsx, one after another, on a machine other tests share.
describe('votes across instances', { timeout: 120_000 }, () => {
  it('counts 150 ballots spread over three instances exactly once, retried and changed on another, closed on another', async () => {
    const nodes = await cluster(3);
    const workshop = await createWorkshop(nodes.url(0), nodes.organiserKey);
    const opener = await connect(nodes.url(0), workshop.facilitatorToken);
    const closer = await connect(nodes.url(1), workshop.facilitatorToken);
    const watchers = await Promise.all([0, 1, 2].map((i) => connect(nodes.url(i), workshop.projectorToken)));
    // Person i votes on instance i % 3; every fifth also has a second device on the next instance.
    const people = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => {
        const { token } = await joinWorkshop(nodes.url(i % 3), workshop, `Delegate ${i}`, `Organisation ${i % 40}`);
        const home = await connect(nodes.url(i % 3), token);
        const other = i % 5 === 0 ? await connect(nodes.url((i + 1) % 3), token) : null;
        return { home, other };
      }),
    );

    const opened = await send(opener, 'vote:open', yesNo);
    expect(opened.ok).toBe(true);
    const voteId = opened.voteId!;
    const first = people.map((_, i) => (i % 3 === 0 ? 'no' : 'yes'));
    const requestIds = people.map(() => randomUUID());
    const casts = await Promise.all(people.map(({ home }, i) => send(home, 'vote:cast', { voteId, choice: first[i], requestId: requestIds[i] })));
    expect(casts.map((a) => a.ballot)).toEqual(people.map(() => 'cast'));

    // The retry of a cast (same request) on another instance counts once; a changed mind there replaces.
    const final: string[] = [...first];
    const second = await Promise.all(
      people.map(({ other }, i) => {
        if (!other) return Promise.resolve(null);
        if (i % 10 === 0) return send(other, 'vote:cast', { voteId, choice: first[i], requestId: requestIds[i] });
        final[i] = 'abstain';
        return send(other, 'vote:cast', { voteId, choice: 'abstain', requestId: randomUUID() });
      }),
    );
    second.forEach((answer, i) => {
      if (answer) expect(answer.ballot, `delegate ${i}`).toBe(i % 10 === 0 ? 'repeated' : 'replaced');
    });
    const expected = {
      yes: final.filter((c) => c === 'yes').length,
      no: final.filter((c) => c === 'no').length,
      abstain: final.filter((c) => c === 'abstain').length,
    };
    expect(expected.abstain).toBe(15);

    // Live counts reach the watchers of every instance; a secret ballot names nobody.
    for (const watcher of watchers) {
      await waitFor(() => isDeepStrictEqual(voteIn(watcher.latest(), voteId)?.live?.counts, expected), 'live counts on every instance');
      expect(voteIn(watcher.latest(), voteId)).toMatchObject({ turnout: { ballots: 150 }, voters: null });
    }

    const closed = await send(closer, 'vote:close', { voteId });
    expect(closed.ok).toBe(true);
    expect(closed.result).toMatchObject({ counts: expected, turnout: { ballots: 150 } });
    // Closing again, on the instance that opened it or on the third, is refused: one result.
    const third = await connect(nodes.url(2), workshop.facilitatorToken);
    for (const again of [opener, third]) expect((await send(again, 'vote:close', { voteId })).error?.code).toBe('conflict');
    const late = await send(people[2]!.home, 'vote:cast', { voteId, choice: 'yes', requestId: randomUUID() });
    expect(late.error?.code).toBe('conflict');
    for (const watcher of watchers) {
      await waitFor(() => !!voteIn(watcher.latest(), voteId)?.result, 'the result everywhere');
      expect(voteIn(watcher.latest(), voteId)?.result?.counts).toEqual(expected);
    }
    await waitFor(() => opener.audits.some((entry) => entry.command === 'vote:close'), 'the close in the facilitators’ audit on the opening instance');
    expect(opener.audits.filter((entry) => entry.command === 'vote:close')).toHaveLength(1);
  });

  it('casts on B at once a vote opened on A, tells the voter’s devices on both (no secret choice through Redis), and counts one result when both close at once', async () => {
    const nodes = await cluster(2);
    const workshop = await createWorkshop(nodes.url(0), nodes.organiserKey);
    const onA = await connect(nodes.url(0), workshop.facilitatorToken);
    const onB = await connect(nodes.url(1), workshop.facilitatorToken);
    const { token } = await joinWorkshop(nodes.url(1), workshop, 'Saran', 'Globe International');
    const phone = await connect(nodes.url(0), token);
    const laptop = await connect(nodes.url(1), token);
    const relayed = await listenToRedis(nodes);
    const notices: BallotNotice[] = [];
    phone.socket.on('vote:ballot', (notice) => notices.push(notice));

    const opened = await send(onA, 'vote:open', yesNo);
    // No wait for the announcement: B reads a vote it has not heard of from PostgreSQL.
    const cast = await send(laptop, 'vote:cast', { voteId: opened.voteId, choice: 'yes', requestId: randomUUID() });
    expect(cast.ballot).toBe('cast');
    // The ballot notice reaches the voter's phone on A, without the secret choice.
    await waitFor(() => notices.length === 1, 'the notice on the other instance');
    expect(notices[0]).toMatchObject({ voteId: opened.voteId, choice: null, castBy: { name: 'Saran' } });
    // Nothing the instances told each other carries the secret choice: announcements are ids, the
    // notice (msgpack through the Socket.io adapter) has a nil choice.
    const packedYes = Buffer.from([0xa3, ...Buffer.from('yes')]);
    expect(relayed.some((message) => message.includes(opened.voteId!))).toBe(true);
    expect(relayed.some((message) => message.includes('choice'))).toBe(true);
    for (const message of relayed) {
      const at = message.indexOf('choice');
      if (at !== -1) expect(message[at + 'choice'.length], message.toString('latin1')).toBe(0xc0);
      expect(message.includes('"yes"') || message.includes(packedYes), message.toString('latin1')).toBe(false);
    }

    const [fromA, fromB] = await Promise.all([send(onA, 'vote:close', { voteId: opened.voteId }), send(onB, 'vote:close', { voteId: opened.voteId })]);
    const results = [fromA, fromB].filter((a) => a.ok).map((a) => a.result);
    expect(results.length).toBeGreaterThanOrEqual(1);
    for (const result of results) expect(result).toMatchObject({ counts: { yes: 1, no: 0, abstain: 0 }, turnout: { ballots: 1 } });
    for (const answer of [fromA, fromB]) if (!answer.ok) expect(answer.error?.code).toBe('conflict');
    // One close recorded, whichever won: each instance's facilitator hears exactly one audit line of it.
    const closes = (client: ControlClient) => client.audits.filter((entry) => entry.command === 'vote:close').length;
    await waitFor(() => closes(onA) > 0 && closes(onB) > 0, 'the close in the audit on both instances');
    expect([closes(onA), closes(onB)]).toEqual([1, 1]);
    await waitFor(() => voteIn(laptop.latest(), opened.voteId!)?.status === 'closed', 'the close on B');
    await waitFor(() => voteIn(phone.latest(), opened.voteId!)?.result?.counts.yes === 1, 'the result on A');
  });
});
