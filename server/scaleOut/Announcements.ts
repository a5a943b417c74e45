/**
 * One announce-and-re-read channel of the deployment: an instance that stored a change publishes
 * its ids (never its content) with its own instance id, and every other instance hears them and
 * reads what changed from PostgreSQL. Redis pub/sub is best effort: each user says what a lost
 * announcement costs (a later re-read catches it up). Without scale-out nothing is published.
 */
import { describeError, log } from '../logger.js';
import type { SharedChannels } from './ScaleOut.js';

/** What every announcement names; the rest is ids of the user's own choosing. */
export interface Announced {
  workshopId: string;
}

export interface AnnouncementsOptions<T extends Announced> {
  /** The channel, under the deployment's namespace. */
  channel: string;
  /** Prefix of the log events: `<logAs>.announce_failed`, `<logAs>.unsubscribe_failed`. */
  logAs: string;
  /** How loud a lost publish is: `error` where it leaves something open elsewhere. */
  lostIs?: 'warn' | 'error';
  /** Another instance's announcement (never this instance's own, never an unreadable one). */
  heard: (message: T) => void;
}

export class Announcements<T extends Announced> {
  private subscribed: Promise<() => Promise<void>> | null;

  constructor(
    /** The other instances of the deployment, or null for a single process. */
    private readonly channels: SharedChannels | null,
    private readonly options: AnnouncementsOptions<T>,
  ) {
    this.subscribed = channels?.subscribe(options.channel, (raw) => this.receive(raw)) ?? null;
  }

  /** Whether there are other instances to tell (scale-out). */
  get shared(): boolean {
    return this.channels !== null;
  }

  /** Resolves once the other instances' announcements are heard here (at once without scale-out). */
  async ready(): Promise<void> {
    await this.subscribed;
  }

  /** Stops hearing the other instances; a second call does nothing. */
  async close(): Promise<void> {
    const subscribed = this.subscribed;
    this.subscribed = null;
    await subscribed
      ?.then((stop) => stop())
      .catch((error: unknown) => log.warn(`${this.options.logAs}.unsubscribe_failed`, { error: describeError(error) }));
  }

  /** Fire and forget, after the change is stored: a failure is logged, never thrown. */
  announce(message: T): void {
    if (!this.channels) return;
    const { channel, logAs, lostIs = 'warn' } = this.options;
    this.channels.publish(channel, JSON.stringify({ from: this.channels.instanceId, ...message })).catch((error: unknown) => {
      log[lostIs](`${logAs}.announce_failed`, { workshopId: message.workshopId, error: describeError(error) });
    });
  }

  private receive(raw: Buffer): void {
    let message: (T & { from?: unknown }) | null;
    try {
      message = JSON.parse(raw.toString()) as (T & { from?: unknown }) | null;
    } catch {
      return;
    }
    // Its own announcement comes back from Redis too; what it announced it has already applied.
    if (typeof message !== 'object' || message === null || typeof message.workshopId !== 'string') return;
    if (message.from === this.channels?.instanceId) return;
    this.options.heard(message);
  }
}
