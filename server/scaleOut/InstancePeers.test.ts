import { afterEach, describe, expect, it } from 'vitest';
import { requireRedis, TEST_REDIS_URL } from '../../tests/support/redis.js';
import { freshSchemaName, urlWithSchema } from '../../tests/support/postgres.js';
import { InstancePeers } from './InstancePeers.js';
import { openScaleOut, type SharedChannels } from './ScaleOut.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

async function instance(databaseUrl: string, timings = { intervalMs: 50, timeoutMs: 300 }): Promise<{ scaleOut: SharedChannels; peers: InstancePeers }> {
  const scaleOut = await openScaleOut(TEST_REDIS_URL, databaseUrl);
  const peers = new InstancePeers(scaleOut, timings);
  await peers.start();
  closing.push(() => scaleOut.close());
  return { scaleOut, peers };
}

const gone = (peers: InstancePeers) => new Promise<string>((resolve) => peers.once('gone', resolve));

describe('InstancePeers', () => {
  it('hears the other instances, and drops one that stopped beating or said goodbye', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment);
    const b = await instance(deployment);
    const c = await instance(deployment);
    await expect.poll(() => a.peers.live().sort(), { timeout: 5000 }).toEqual([b.scaleOut.instanceId, c.scaleOut.instanceId].sort());

    // A clean stop: gone at once.
    const left = gone(a.peers);
    await b.peers.stop();
    expect(await left).toBe(b.scaleOut.instanceId);

    // A silent death (Redis connection cut, no goodbye): gone after the timeout.
    const died = gone(a.peers);
    c.scaleOut.publisher.disconnect();
    expect(await died).toBe(c.scaleOut.instanceId);
    expect(a.peers.live()).toEqual([]);
  });

  it('a newcomer hears the others at once, not at their next beat, so one killed right after still goes', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    // Beats far apart: only the answer to the newcomer's first beat can tell it about the old one.
    const slow = { intervalMs: 60_000, timeoutMs: 300 };
    const old = await instance(deployment, slow);
    const newcomer = await instance(deployment, { intervalMs: 50, timeoutMs: 300 });
    await expect.poll(() => newcomer.peers.live(), { timeout: 2000 }).toEqual([old.scaleOut.instanceId]);
    const died = gone(newcomer.peers);
    old.scaleOut.publisher.disconnect();
    expect(await died).toBe(old.scaleOut.instanceId);
  });

  it('an instance known only by what it relayed is swept when it stays silent', async () => {
    await requireRedis();
    const a = await instance(urlWithSchema(freshSchemaName()));
    const died = gone(a.peers);
    a.peers.vouch('relayed-carets-then-died');
    expect(a.peers.live()).toEqual(['relayed-carets-then-died']);
    expect(await died).toBe('relayed-carets-then-died');
  });

  it('never hears another deployment on the same Redis', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment);
    const other = await instance(urlWithSchema(freshSchemaName()));
    // A sibling of `a` joins after `other` began beating, so by the time `a` hears it, it has had time to hear `other`.
    const sibling = await instance(deployment);
    await expect.poll(() => a.peers.live(), { timeout: 5000 }).toEqual([sibling.scaleOut.instanceId]);
    expect(other.peers.live()).toEqual([]);
  });
});
