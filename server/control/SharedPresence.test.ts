import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import { freshSchemaName, urlWithSchema } from '../../tests/support/postgres.js';
import { requireRedis, TEST_REDIS_URL } from '../../tests/support/redis.js';
import { InstancePeers } from '../scaleOut/InstancePeers.js';
import { openScaleOut } from '../scaleOut/ScaleOut.js';
import { SharedPresence } from './SharedPresence.js';

const closing: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closing.splice(0).reverse()) await close();
});

/** An instance with fast heartbeats (gone after 300 ms of silence) and its presence. */
async function instance(deployment: string, repeatMs = 60_000) {
  const channels = await openScaleOut(TEST_REDIS_URL, deployment);
  const peers = new InstancePeers(channels, { intervalMs: 50, timeoutMs: 300 });
  await peers.start();
  const changed: string[] = [];
  const presence = new SharedPresence({ ...channels, peers }, (workshopId) => changed.push(workshopId), repeatMs);
  await presence.start();
  closing.push(async () => {
    await presence.stop();
    await peers.stop().catch(() => undefined);
    await channels.close();
  });
  return { channels, peers, presence, changed };
}

const participant = (id: string, organisation: string): Identity => ({ role: 'participant', workshopId: 'w1', participantId: id, name: id, organisation });
const names = (presence: SharedPresence) => presence.list('w1').map((entry) => `${entry.name}×${entry.connections}`);

describe('SharedPresence', () => {
  it('merges every instance’s people, one entry per person, and forgets those of an instance that goes silent', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment);
    const b = await instance(deployment);
    await expect.poll(() => a.peers.live().length, { timeout: 5000 }).toBe(1);
    a.presence.add(participant('saran', 'Globe'));
    b.presence.add(participant('saran', 'Globe')); // her phone, on the other instance
    b.presence.add(participant('bold', 'MONFEMNET'));
    for (const { presence } of [a, b]) await expect.poll(() => names(presence)).toEqual(['saran×2', 'bold×1']);
    expect(a.presence.headcount('w1')).toEqual({ participants: 2, organisations: 2 });
    expect(a.changed).toContain('w1');

    b.presence.remove(participant('bold', 'MONFEMNET'));
    await expect.poll(() => names(a.presence)).toEqual(['saran×2']);

    b.channels.publisher.disconnect(); // killed: no goodbye, no more heartbeats
    await expect.poll(() => names(a.presence), { timeout: 2000 }).toEqual(['saran×1']);
  });

  it('an instance that starts later learns who is already present, and a lost list is repaired by the next repeat', async () => {
    await requireRedis();
    const deployment = urlWithSchema(freshSchemaName());
    const a = await instance(deployment, 200);
    a.presence.add(participant('saran', 'Globe'));
    const late = await instance(deployment);
    await expect.poll(() => names(late.presence), { timeout: 3000 }).toEqual(['saran×1']);

    // A list published while nobody listened (as if Redis lost it) arrives again with the repeat.
    const deaf = await instance(deployment);
    await expect.poll(() => names(deaf.presence), { timeout: 3000 }).toEqual(['saran×1']);
    await deaf.presence.stop();
    a.presence.add(participant('bold', 'MONFEMNET'));
    await expect.poll(() => names(late.presence)).toEqual(['saran×1', 'bold×1']);
    await deaf.presence.start();
    expect(names(deaf.presence)).toEqual(['saran×1']);
    await expect.poll(() => names(deaf.presence), { timeout: 3000 }).toEqual(['saran×1', 'bold×1']);
  });
});
