import { afterEach, describe, expect, it } from 'vitest';
import { freshSchemaName, urlWithSchema } from '../../tests/support/postgres.js';
import { requireRedis, TEST_REDIS_URL } from '../../tests/support/redis.js';
import { type CatchUp, ControlReplication } from './ControlReplication.js';
import { InstancePeers } from './InstancePeers.js';
import { openScaleOut } from './ScaleOut.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

/** An instance with fast heartbeats (gone after 300 ms of silence), replicating with `catchUp`. */
async function instance(deployment: string, catchUp: CatchUp, ackTimeoutMs = 5000) {
  const channels = await openScaleOut(TEST_REDIS_URL, deployment);
  const peers = new InstancePeers(channels, { intervalMs: 50, timeoutMs: 300 });
  await peers.start();
  const replication = new ControlReplication({ ...channels, peers }, ackTimeoutMs);
  await replication.start(catchUp);
  closing.push(async () => {
    await replication.stop();
    await peers.stop().catch(() => undefined);
    await channels.close();
  });
  return { channels, peers, replication };
}

const elapsed = async (work: Promise<unknown>) => {
  const started = Date.now();
  await work;
  return Date.now() - started;
};

describe('ControlReplication', () => {
  it('answers only once every live peer has caught up with the announced version', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const caught: string[] = [];
    const slowly: CatchUp = async (workshopId, version) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      caught.push(`${workshopId}@${version}`);
    };
    const a = await instance(deployment, async () => {});
    await instance(deployment, slowly);
    await instance(deployment, slowly);
    await expect.poll(() => a.peers.live().length, { timeout: 5000 }).toBe(2);

    const waited = await elapsed(a.replication.announce('w1', 7));
    expect(caught).toEqual(['w1@7', 'w1@7']);
    expect(waited).toBeGreaterThanOrEqual(290);
  });

  it('answers at once without peers, and stops waiting for a peer that dies before it caught up', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment, async () => {});
    expect(await elapsed(a.replication.announce('w1', 1))).toBeLessThan(100);

    const stuck = await instance(deployment, () => new Promise<void>(() => {}));
    await expect.poll(() => a.peers.live().length, { timeout: 5000 }).toBe(1);
    const waiting = a.replication.announce('w1', 2);
    stuck.channels.publisher.disconnect(); // silent: no goodbye, no more heartbeats
    // Gone after 300 ms of silence, far sooner than the 5 s acknowledgement timeout.
    expect(await elapsed(waiting)).toBeLessThan(2000);
  });

  it('gives up on a live peer that does not acknowledge after the timeout, and answers', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment, async () => {}, 400);
    await instance(deployment, () => new Promise<void>(() => {}));
    await expect.poll(() => a.peers.live().length, { timeout: 5000 }).toBe(1);
    const waited = await elapsed(a.replication.announce('w1', 1));
    expect(waited).toBeGreaterThanOrEqual(390);
    expect(waited).toBeLessThan(2000);
  });
});
