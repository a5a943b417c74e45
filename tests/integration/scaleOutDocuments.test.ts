/**
 * Documents and awareness across instances (child processes on one PostgreSQL schema and one
 * Redis), with the stock y-websocket provider: co-editing, carets, a kill -9 mid-typing, and
 * Redis gone for a few seconds.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startBalancer } from '../support/balancer.js';
import { type Cluster, startCluster } from '../support/cluster.js';
import { connectStock, type StockClient, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function cluster(options: Parameters<typeof startCluster>[0] = {}): Promise<Cluster> {
  const started = await startCluster(options);
  cleanups.push(() => started.stopAll());
  return started;
}

async function workshopOn(started: Cluster) {
  const workshop = await createWorkshop(started.url(0), started.organiserKey);
  const participant = async (name: string) => (await joinWorkshop(started.url(0), workshop, name)).token;
  const connect = (url: string, token: string): StockClient => {
    const client = connectStock(url, workshop.id, 'experiences', token);
    cleanups.push(() => client.destroy());
    return client;
  };
  return { workshop, participant, connect };
}

const poll = { timeout: 15_000, interval: 50 };

/** Types `words` into `client`, one insert every few milliseconds, until `stop()`. */
function typist(client: StockClient, tag: string) {
  const typed: string[] = [];
  let running = true;
  const done = (async () => {
    for (let i = 0; running; i++) {
      const word = `${tag}${i} `;
      client.text.insert(client.text.length, word);
      typed.push(word);
      await new Promise((resolve) => setTimeout(resolve, 15));
    }
  })();
  return {
    typed,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A Redis of this test's own, to stop and start again (never the shared one). */
async function ownRedis(port: number): Promise<{ process: ChildProcess; stop: () => Promise<void> }> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  await expect
    .poll(
      () =>
        new Promise<boolean>((resolve) => {
          const socket = net.connect(port, '127.0.0.1', () => resolve(socket.end() !== null));
          socket.on('error', () => resolve(false));
        }),
      { timeout: 10_000 },
    )
    .toBe(true);
  return {
    process: child,
    stop: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}

// Two or three child servers start per test, on a machine that may be busy.
describe('documents across instances', { timeout: 90_000 }, () => {
  it('two stock providers on two instances co-edit and converge, and a newcomer loads it all', async () => {
    const started = await cluster();
    const { participant, connect } = await workshopOn(started);
    const alice = connect(started.url(0), await participant('Alice'));
    const bold = connect(started.url(1), await participant('Bold'));
    await Promise.all([synced(alice), synced(bold)]);

    alice.text.insert(0, 'Torture prevention. ');
    bold.text.insert(0, 'Child rights. ');
    await expect.poll(() => alice.text.length === 34 && bold.text.toString() === alice.text.toString(), poll).toBe(true);

    const newcomer = connect(started.url(1), await participant('Chimeg'));
    await synced(newcomer);
    expect(newcomer.text.toString()).toBe(alice.text.toString());
  });

  it('carets cross instances, and those of a killed instance disappear within seconds', async () => {
    const started = await cluster();
    const { participant, connect } = await workshopOn(started);
    const alice = connect(started.url(0), await participant('Alice'));
    const bold = connect(started.url(1), await participant('Bold'));
    await Promise.all([synced(alice), synced(bold)]);

    alice.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    const aliceSeenByBold = () => bold.provider.awareness.getStates().get(alice.doc.clientID) as { cursor?: unknown; user?: { name?: string } } | undefined;
    await expect.poll(() => aliceSeenByBold()?.cursor, poll).toEqual({ anchor: 3 });
    expect(aliceSeenByBold()?.user?.name).toBe('Alice');
    // The other way, and a newcomer on the first instance hears who is on the second.
    bold.provider.awareness.setLocalStateField('cursor', { anchor: 7 });
    await expect.poll(() => (alice.provider.awareness.getStates().get(bold.doc.clientID) as { cursor?: unknown } | undefined)?.cursor, poll).toEqual({ anchor: 7 });

    alice.provider.shouldConnect = false; // it would only retry the dead instance
    const killedAt = Date.now();
    await started.kill9(0);
    await expect.poll(() => aliceSeenByBold(), { timeout: 10_000, interval: 50 }).toBeUndefined();
    expect(Date.now() - killedAt).toBeLessThan(8_000);
  });

  it('a kill -9 while clients type loses nothing anyone saw: its clients move to the other instance and all converge', async () => {
    const started = await cluster();
    const alive = new Set([0, 1]);
    const balancer = await startBalancer(() => [...alive].map((i) => started.port(i)));
    cleanups.push(() => balancer.close());
    const { participant, connect } = await workshopOn(started);
    // Round-robin: the first lands on instance 0, the second on 1.
    const alice = connect(balancer.url, await participant('Alice'));
    await synced(alice);
    const bold = connect(balancer.url, await participant('Bold'));
    await synced(bold);

    const typingA = typist(alice, 'a');
    const typingB = typist(bold, 'b');
    await expect.poll(() => bold.text.toString().includes('a20 ') && alice.text.toString().includes('b20 '), poll).toBe(true);
    alive.delete(0);
    await started.kill9(0);
    // Typing goes on through the reconnect.
    await expect.poll(() => alice.provider.wsconnected && alice.text.length > 0, poll).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 500));
    await Promise.all([typingA.stop(), typingB.stop()]);

    const everything = [...typingA.typed, ...typingB.typed];
    await expect.poll(() => alice.text.toString() === bold.text.toString() && everything.every((word) => bold.text.toString().includes(word)), poll).toBe(true);

    // All of it is in PostgreSQL: the killed instance, started again, serves it to a newcomer.
    await started.restart(0);
    const later = connect(started.url(0), await participant('Chimeg'));
    await synced(later);
    expect(later.text.toString()).toBe(bold.text.toString());
  });

  it('Redis stopped for a few seconds: edits still arrive (from PostgreSQL), nothing is lost, and carets come back after it', async () => {
    const port = await freePort();
    let redis = await ownRedis(port);
    cleanups.push(() => redis.stop());
    const started = await cluster({ redisUrl: `redis://127.0.0.1:${port}` });
    const { participant, connect } = await workshopOn(started);
    const alice = connect(started.url(0), await participant('Alice'));
    const bold = connect(started.url(1), await participant('Bold'));
    await Promise.all([synced(alice), synced(bold)]);
    alice.text.insert(0, 'before ');
    alice.provider.awareness.setLocalStateField('cursor', { anchor: 1 });
    const aliceSeenByBold = () => bold.provider.awareness.getStates().get(alice.doc.clientID) as { cursor?: unknown } | undefined;
    await expect.poll(() => bold.text.toString() === 'before ' && aliceSeenByBold()?.cursor !== undefined, poll).toBe(true);

    await redis.stop();
    alice.text.insert(alice.text.length, 'during ');
    bold.text.insert(0, 'meanwhile ');
    // No fan-out now: each instance finds the other's commit at its head check.
    await expect.poll(() => bold.text.toString().includes('during ') && alice.text.toString().includes('meanwhile '), poll).toBe(true);

    // Unheard for long enough, each instance takes the other for gone and drops its carets...
    await expect.poll(() => aliceSeenByBold(), poll).toBeUndefined();
    redis = await ownRedis(port);
    // ...and once it hears it again, Alice's moves show again (told at once, or when the peers reintroduce
    // themselves). Clients took the removal one clock on, as the reference server sends it: her first move
    // after it ties that clock and is ignored, the second shows.
    alice.provider.awareness.setLocalStateField('cursor', { anchor: 2 });
    alice.provider.awareness.setLocalStateField('cursor', { anchor: 3 });
    await expect.poll(() => aliceSeenByBold()?.cursor, { timeout: 10_000, interval: 50 }).toEqual({ anchor: 3 });
    alice.text.insert(alice.text.length, 'after');
    await expect.poll(() => bold.text.toString().includes('after') && bold.text.toString() === alice.text.toString(), poll).toBe(true);
    for (const word of ['before ', 'during ', 'meanwhile ', 'after']) expect(bold.text.toString()).toContain(word);
  });
});
