/**
 * How instances tell each other that a control record changed. After its commit the instance
 * that made the change publishes {workshop, version}; every other instance brings its copy up to
 * that version from PostgreSQL and acknowledges. `announce` resolves once every live peer has
 * acknowledged, so a lock or freeze holds on every instance by the time the command is answered.
 * A peer that dies meanwhile is dropped from the wait; a peer alive but silent is waited for no
 * longer than the time after which a silent peer counts as gone.
 */
import { describeError, log } from '../logger.js';
import { DEFAULT_PEER_TIMINGS } from './InstancePeers.js';
import type { ScaleOut } from './ScaleOut.js';

const NOTICES = 'control';
const acksOf = (instanceId: string) => `control-ack:${instanceId}`;

interface Notice {
  from: string;
  workshopId: string;
  version: number;
}

/** Brings this instance's copy of a workshop's record up to at least `version`; resolves once it holds. */
export type CatchUp = (workshopId: string, version: number) => Promise<void>;

interface Waiter {
  workshopId: string;
  version: number;
  peers: Set<string>;
  done: () => void;
}

function parseNotice(message: Buffer): Notice | null {
  try {
    const notice = JSON.parse(message.toString()) as Partial<Notice>;
    const { from, workshopId, version } = notice;
    return typeof from === 'string' && typeof workshopId === 'string' && Number.isSafeInteger(version) ? (notice as Notice) : null;
  } catch {
    return null;
  }
}

export class ControlReplication {
  private readonly waiters = new Set<Waiter>();
  private readonly unsubscribes: (() => Promise<void>)[] = [];
  private readonly dropPeer = (peer: string) => {
    for (const waiter of this.waiters) this.settle(waiter, peer);
  };

  constructor(
    private readonly scaleOut: Pick<ScaleOut, 'instanceId' | 'publish' | 'subscribe' | 'peers'>,
    /** How long to wait for a live peer's acknowledgement: the silence after which it would count as gone. */
    private readonly ackTimeoutMs = DEFAULT_PEER_TIMINGS.timeoutMs,
  ) {}

  /** Listens to other instances' notices (each caught up, then acknowledged) and to acknowledgements of ours. */
  async start(catchUp: CatchUp): Promise<void> {
    const { instanceId } = this.scaleOut;
    this.scaleOut.peers.on('gone', this.dropPeer);
    this.unsubscribes.push(
      await this.scaleOut.subscribe(NOTICES, (message) => {
        const notice = parseNotice(message);
        if (notice && notice.from !== instanceId) void this.apply(notice, catchUp);
      }),
      await this.scaleOut.subscribe(acksOf(instanceId), (message) => {
        const ack = parseNotice(message);
        if (ack) for (const waiter of this.waiters) if (waiter.workshopId === ack.workshopId && ack.version >= waiter.version) this.settle(waiter, ack.from);
      }),
    );
  }

  /** Tells the other instances that the record is stored at `version`; resolves when each live one holds it (or is gone, or the wait ran out). */
  announce(workshopId: string, version: number): Promise<void> {
    const peers = new Set(this.scaleOut.peers.live());
    const notice: Notice = { from: this.scaleOut.instanceId, workshopId, version };
    // Not awaited: with Redis away the publish waits for its return, and the command must not wait longer than the timeout.
    this.scaleOut.publish(NOTICES, JSON.stringify(notice)).catch((error: unknown) => {
      log.warn('control.notice_failed', { workshopId, version, error: describeError(error) });
    });
    if (peers.size === 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        log.warn('control.acks_missing', { workshopId, version, peers: [...waiter.peers] });
        finish();
      }, this.ackTimeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(waiter);
        resolve();
      };
      const waiter: Waiter = { workshopId, version, peers, done: finish };
      this.waiters.add(waiter);
    });
  }

  async stop(): Promise<void> {
    this.scaleOut.peers.off('gone', this.dropPeer);
    for (const waiter of [...this.waiters]) waiter.done();
    await Promise.allSettled(this.unsubscribes.splice(0).map((unsubscribe) => unsubscribe()));
  }

  private settle(waiter: Waiter, peer: string): void {
    if (waiter.peers.delete(peer) && waiter.peers.size === 0) waiter.done();
  }

  private async apply(notice: Notice, catchUp: CatchUp): Promise<void> {
    try {
      await catchUp(notice.workshopId, notice.version);
      const ack: Notice = { from: this.scaleOut.instanceId, workshopId: notice.workshopId, version: notice.version };
      await this.scaleOut.publish(acksOf(notice.from), JSON.stringify(ack));
    } catch (error) {
      // Unacknowledged, the change's instance waits out its timeout; the periodic version check catches up later.
      log.error('control.catch_up_failed', { workshopId: notice.workshopId, version: notice.version, error: describeError(error) });
    }
  }
}
