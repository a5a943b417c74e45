import { describe, expect, it } from 'vitest';
import { Announcements } from './Announcements.js';
import type { ChannelListener, SharedChannels } from './ScaleOut.js';

/** One instance's channels, whose published messages the test delivers by hand. */
function channelsOf(instanceId: string, failPublish = false) {
  const listeners: ChannelListener[] = [];
  const published: { name: string; message: string }[] = [];
  let unsubscribed = 0;
  const channels = {
    instanceId,
    subscribe: async (_name: string, listener: ChannelListener) => {
      listeners.push(listener);
      return async () => void unsubscribed++;
    },
    publish: async (name: string, message: Buffer | string) => {
      if (failPublish) throw new Error('Redis is down');
      published.push({ name, message: message.toString() });
    },
  } as unknown as SharedChannels;
  const deliver = (raw: string) => listeners.forEach((listener) => listener(Buffer.from(raw)));
  return { channels, published, deliver, unsubscribedCount: () => unsubscribed };
}

describe('announcements over the deployment channels', () => {
  it('publishes ids with this instance id, and hands over only the other instances\u2019 readable announcements', async () => {
    const { channels, published, deliver } = channelsOf('a');
    const heard: unknown[] = [];
    const announcements = new Announcements<{ workshopId: string; voteId: string }>(channels, {
      channel: 'votes',
      logAs: 'votes',
      heard: (message) => heard.push(message),
    });
    await announcements.ready();

    announcements.announce({ workshopId: 'w1', voteId: 'v1' });
    await Promise.resolve();
    expect(published).toEqual([{ name: 'votes', message: JSON.stringify({ from: 'a', workshopId: 'w1', voteId: 'v1' }) }]);

    deliver(published[0]!.message); // its own, back from Redis
    deliver('not json');
    deliver('null');
    deliver(JSON.stringify({ from: 'b', voteId: 'v2' })); // no workshop
    deliver(JSON.stringify({ from: 'b', workshopId: 'w1', voteId: 'v2' }));
    expect(heard).toEqual([{ from: 'b', workshopId: 'w1', voteId: 'v2' }]);
  });

  it('does nothing without scale-out, and a failed publish or a second close throws nothing', async () => {
    const alone = new Announcements<{ workshopId: string }>(null, { channel: 'x', logAs: 'x', heard: () => {} });
    expect(alone.shared).toBe(false);
    alone.announce({ workshopId: 'w1' });
    await alone.ready();
    await alone.close();

    const { channels, unsubscribedCount } = channelsOf('a', true);
    const down = new Announcements<{ workshopId: string }>(channels, { channel: 'x', logAs: 'x', lostIs: 'error', heard: () => {} });
    expect(down.shared).toBe(true);
    down.announce({ workshopId: 'w1' });
    await down.close();
    await down.close();
    expect(unsubscribedCount()).toBe(1);
  });
});
