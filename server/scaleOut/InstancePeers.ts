/**
 * Which other instances of the deployment are alive: each publishes a heartbeat every second, and
 * one not heard from for a few seconds is gone (killed, or cut off from Redis). What an instance
 * relayed for its clients (carets, presence) is dropped by the others when it goes, so a killed
 * instance leaves nothing behind for ever. A clean stop says goodbye at once.
 */
import { EventEmitter } from 'node:events';
import { describeError, log } from '../logger.js';
import type { SharedChannels } from './ScaleOut.js';

const CHANNEL = 'instances';

interface Heartbeat {
  id: string;
  leaving?: true;
}

export interface PeerTimings {
  intervalMs: number;
  /** Silence after which an instance counts as gone; several intervals, so one lost message is no death. */
  timeoutMs: number;
}

export const DEFAULT_PEER_TIMINGS: PeerTimings = { intervalMs: 1000, timeoutMs: 4000 };

export class InstancePeers extends EventEmitter<{ joined: [instanceId: string]; gone: [instanceId: string] }> {
  private readonly lastHeard = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private unsubscribe: (() => Promise<void>) | null = null;

  constructor(
    private readonly scaleOut: SharedChannels,
    private readonly timings: PeerTimings = DEFAULT_PEER_TIMINGS,
  ) {
    super();
  }

  async start(): Promise<void> {
    this.unsubscribe = await this.scaleOut.subscribe(CHANNEL, (message) => this.heard(message));
    this.beat();
    this.timer = setInterval(() => {
      this.beat();
      this.sweep();
    }, this.timings.intervalMs);
    this.timer.unref();
  }

  /** The other instances heard from recently. */
  live(): string[] {
    return [...this.lastHeard.keys()];
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.send({ id: this.scaleOut.instanceId, leaving: true });
    await this.unsubscribe?.();
  }

  private beat(): void {
    void this.send({ id: this.scaleOut.instanceId });
  }

  private async send(heartbeat: Heartbeat): Promise<void> {
    try {
      await this.scaleOut.publish(CHANNEL, JSON.stringify(heartbeat));
    } catch (error) {
      log.warn('scaleout.heartbeat_failed', { error: describeError(error) });
    }
  }

  private heard(message: Buffer): void {
    let heartbeat: Heartbeat;
    try {
      heartbeat = JSON.parse(message.toString()) as Heartbeat;
    } catch {
      return;
    }
    if (typeof heartbeat.id !== 'string' || heartbeat.id === this.scaleOut.instanceId) return;
    if (heartbeat.leaving) {
      this.forget(heartbeat.id);
      return;
    }
    const known = this.lastHeard.has(heartbeat.id);
    this.lastHeard.set(heartbeat.id, Date.now());
    if (known) return;
    this.emit('joined', heartbeat.id);
    // Answer a newcomer at once rather than at our next beat: killed before that beat, we would
    // be unknown to it, never declared gone, and our carets would stay on its clients for ever.
    this.beat();
  }

  /**
   * Something this instance holds came from `id` (carets relayed through Redis): it must be
   * swept when `id` falls silent, even if none of its heartbeats was heard yet.
   */
  vouch(id: string): void {
    if (id !== this.scaleOut.instanceId && !this.lastHeard.has(id)) this.lastHeard.set(id, Date.now());
  }

  private sweep(): void {
    const cutoff = Date.now() - this.timings.timeoutMs;
    for (const [id, at] of this.lastHeard) if (at < cutoff) this.forget(id);
  }

  private forget(id: string): void {
    if (this.lastHeard.delete(id)) this.emit('gone', id);
  }
}
