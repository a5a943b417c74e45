/**
 * Who is present across the instances of a deployment: each instance keeps its own connections
 * (`Presence`) and publishes, per workshop, the whole list of them on Redis; the roster and the
 * headcount (quorum) merge every live instance's list. Whole lists rather than arrivals and
 * departures, so a lost message is repaired by the next one: each instance sends its lists again
 * when it changes (gathered for PRESENCE_SEND_MS), when a peer joins, and every few seconds. An
 * instance that goes (killed, cut off) takes its people with it within the peers' timeout.
 */
import type { Identity } from '../../shared/api.js';
import type { Headcount, PresenceEntry } from '../../shared/events.js';
import { comparePresence } from '../../shared/stateDelta.js';
import { describeError, log } from '../logger.js';
import type { ScaleOut } from '../scaleOut/ScaleOut.js';
import { countHeads, type ListedOrganisationOf, Presence } from './Presence.js';

const CHANNEL = 'presence';
/** Arrivals gather this long before one message: 200 people joining send a handful, not 200. */
const PRESENCE_SEND_MS = 50;
/** Every instance repeats its lists this often, in case one was lost. */
export const PRESENCE_REPEAT_MS = 5000;

interface PresenceMessage {
  from: string;
  workshopId: string;
  entries: PresenceEntry[];
}

function parseMessage(message: Buffer): PresenceMessage | null {
  try {
    const parsed = JSON.parse(message.toString()) as Partial<PresenceMessage>;
    return typeof parsed.from === 'string' && typeof parsed.workshopId === 'string' && Array.isArray(parsed.entries) ? (parsed as PresenceMessage) : null;
  } catch {
    return null;
  }
}

export class SharedPresence extends Presence {
  /** Per other instance, per workshop: the entries it last sent. */
  private readonly remote = new Map<string, Map<string, PresenceEntry[]>>();
  /** Workshops whose lists changed here since they were last sent. */
  private readonly unsent = new Set<string>();
  /** Workshops this instance has had anyone in: their lists are repeated, an empty one too until sent once. */
  private readonly known = new Set<string>();
  private sendTimer: NodeJS.Timeout | null = null;
  private repeat: NodeJS.Timeout | null = null;
  private unsubscribe: (() => Promise<void>) | null = null;
  private readonly peerGone = (peer: string) => this.forget(peer);
  private readonly peerJoined = () => this.sendAll();

  constructor(
    private readonly scaleOut: Pick<ScaleOut, 'instanceId' | 'publish' | 'subscribe' | 'peers'>,
    /** Told when another instance's people changed for a workshop, to publish it to this instance's sockets. */
    private readonly changed: (workshopId: string) => void,
    private readonly repeatMs = PRESENCE_REPEAT_MS,
  ) {
    super();
  }

  async start(): Promise<void> {
    this.repeat = setInterval(() => {
      this.sendAll();
      this.dropSilent();
    }, this.repeatMs);
    this.repeat.unref();
    this.scaleOut.peers.on('gone', this.peerGone);
    this.scaleOut.peers.on('joined', this.peerJoined);
    this.unsubscribe = await this.scaleOut.subscribe(CHANNEL, (message) => this.heard(message));
  }

  async stop(): Promise<void> {
    if (this.repeat) clearInterval(this.repeat);
    if (this.sendTimer) clearTimeout(this.sendTimer);
    this.scaleOut.peers.off('gone', this.peerGone);
    this.scaleOut.peers.off('joined', this.peerJoined);
    await this.unsubscribe?.();
  }

  override add(identity: Identity): void {
    super.add(identity);
    this.localChanged(identity.workshopId);
  }

  override remove(identity: Identity): void {
    super.remove(identity);
    this.localChanged(identity.workshopId);
  }

  /** Everyone present on any live instance, one entry per person, their connections added up. */
  override list(workshopId: string): PresenceEntry[] {
    const merged = new Map<string, PresenceEntry>();
    const lists = [super.list(workshopId), ...[...this.remote.values()].map((workshops) => workshops.get(workshopId) ?? [])];
    for (const entry of lists.flat()) {
      const seen = merged.get(entry.id);
      if (seen) seen.connections += entry.connections;
      else merged.set(entry.id, { ...entry });
    }
    return [...merged.values()].sort(comparePresence);
  }

  override headcount(workshopId: string, listedOrganisationOf?: ListedOrganisationOf): Headcount {
    return countHeads(this.list(workshopId), listedOrganisationOf);
  }

  private localChanged(workshopId: string): void {
    this.known.add(workshopId);
    this.unsent.add(workshopId);
    this.sendTimer ??= setTimeout(() => {
      this.sendTimer = null;
      for (const id of this.unsent) this.send(id);
      this.unsent.clear();
    }, PRESENCE_SEND_MS);
  }

  private sendAll(): void {
    for (const workshopId of this.known) this.send(workshopId);
  }

  private send(workshopId: string): void {
    const entries = super.list(workshopId);
    // An empty list is sent once, so the others drop what they held; then the workshop is no longer repeated.
    if (entries.length === 0) this.known.delete(workshopId);
    const message: PresenceMessage = { from: this.scaleOut.instanceId, workshopId, entries };
    this.scaleOut.publish(CHANNEL, JSON.stringify(message)).catch((error: unknown) => {
      log.warn('presence.send_failed', { workshopId, error: describeError(error) });
    });
  }

  private heard(raw: Buffer): void {
    const message = parseMessage(raw);
    if (!message || message.from === this.scaleOut.instanceId) return;
    const workshops = this.remote.get(message.from) ?? new Map<string, PresenceEntry[]>();
    this.remote.set(message.from, workshops);
    if (message.entries.length > 0) workshops.set(message.workshopId, message.entries);
    else workshops.delete(message.workshopId);
    this.changed(message.workshopId);
  }

  /**
   * A list may arrive from an instance not (or no longer) counted live: one that just started and
   * whose heartbeat is on its way, or a late message from one already gone. Kept until here, then
   * dropped unless its instance is live, so nobody stays present for an instance that is not.
   */
  private dropSilent(): void {
    const live = new Set(this.scaleOut.peers.live());
    for (const peer of this.remote.keys()) if (!live.has(peer)) this.forget(peer);
  }

  private forget(peer: string): void {
    const workshops = this.remote.get(peer);
    this.remote.delete(peer);
    for (const workshopId of workshops?.keys() ?? []) this.changed(workshopId);
  }
}
