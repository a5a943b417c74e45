/**
 * Participants removed while the server runs. Their tokens are gone from the store, so a new
 * request or connection is refused there; this tells the open connections (Yjs sockets, control
 * sockets) to close at once, and closes the window in which a connection authenticated just
 * before the removal is accepted just after it.
 *
 * Across instances (scale-out), a removal or a changed identity is announced on the deployment's
 * `revocations` channel and every instance closes its own connections of that participant as if
 * the change had been made there.
 */
import type { Layer } from '../../shared/dialogue.js';
import { describeError, log } from '../logger.js';
import { Announcements } from '../scaleOut/Announcements.js';
import type { SharedChannels } from '../scaleOut/ScaleOut.js';
import type { Store } from '../storage/Store.js';

export type RevocationListener = (workshopId: string, participantId: string) => void;

type WatchedStore = Pick<Store, 'listRemovals' | 'listParticipants'>;
type LayersHere = (workshopId: string) => [participantId: string, layer: Layer][];

/** How often, across instances, the stored removals of the workshops open here are read, in case an announcement was lost. */
export const REMOVAL_RECHECK_MS = 5000;

interface Announcement {
  /** Absent in announcements from before layer corrections were announced: a removal. */
  kind?: 'removed' | 'reidentified';
  workshopId: string;
  participantId: string;
}

export class Revocations {
  private readonly removed = new Set<string>();
  private readonly listeners = new Set<RevocationListener>();
  private readonly changeListeners = new Set<RevocationListener>();
  private readonly announcements: Announcements<Announcement>;
  private recheck: NodeJS.Timeout | null = null;
  private readonly recheckedWorkshops = new Set<string>();

  /** `channels`: the other instances of the deployment, or none for a single process. */
  constructor(channels: SharedChannels | null = null) {
    // A lost removal leaves the open sockets elsewhere until the stored removals are read again (`watchStore`): logged as an error.
    this.announcements = new Announcements(channels, {
      channel: 'revocations',
      logAs: 'auth.revocations',
      lostIs: 'error',
      heard: ({ kind, workshopId, participantId }) => {
        if (typeof participantId !== 'string') return;
        if (kind === 'reidentified') this.applyChange(workshopId, participantId);
        else if (kind === undefined || kind === 'removed') this.applyRemoval(workshopId, participantId);
      },
    });
  }

  /** Resolves once removals made on other instances are heard here. */
  async ready(): Promise<void> {
    await this.announcements.ready();
  }

  /**
   * Across instances: every few seconds, reads the stored removals and layers of the workshops
   * open here, and closes the connections of anyone removed, or held under a layer since
   * corrected, whose announcement never arrived. `layersHere`: the layer each participant's open
   * connections here were made under.
   */
  watchStore(store: WatchedStore, workshopsHere: () => Iterable<string>, layersHere: LayersHere, intervalMs = REMOVAL_RECHECK_MS): void {
    let checking = false;
    this.recheck = setInterval(() => {
      if (checking) return;
      checking = true;
      void this.catchUp(store, [...new Set(workshopsHere())], layersHere).finally(() => (checking = false));
    }, intervalMs);
    this.recheck.unref();
  }

  private async catchUp(store: WatchedStore, workshopIds: string[], layersHere: LayersHere): Promise<void> {
    for (const workshopId of workshopIds) {
      try {
        // The first read of a workshop learns its past removals (after a restart): only later ones were missed.
        const firstRead = !this.recheckedWorkshops.has(workshopId);
        this.recheckedWorkshops.add(workshopId);
        for (const { participantId } of await store.listRemovals(workshopId)) {
          if (this.isRevoked(workshopId, participantId)) continue;
          if (!firstRead) log.warn('auth.revocation_caught_up', { workshopId });
          this.applyRemoval(workshopId, participantId);
        }
        const connected = layersHere(workshopId);
        if (connected.length === 0) continue;
        const stored = new Map((await store.listParticipants(workshopId)).map((participant) => [participant.id, participant.layer ?? 'cso']));
        const stale = new Set(connected.filter(([participantId, held]) => stored.has(participantId) && stored.get(participantId) !== held).map(([participantId]) => participantId));
        for (const participantId of stale) {
          log.warn('auth.reidentify_caught_up', { workshopId });
          this.applyChange(workshopId, participantId);
        }
      } catch (error) {
        log.warn('auth.revocation_recheck_failed', { workshopId, error: describeError(error) });
      }
    }
  }

  /** Stops hearing the other instances. */
  async close(): Promise<void> {
    if (this.recheck) clearInterval(this.recheck);
    await this.announcements.close();
  }

  /**
   * Marks the participant removed and tells every listener, which closes their connections, then
   * the other instances. The removal is already stored: a listener that throws is logged, and the
   * others still run.
   */
  revoke(workshopId: string, participantId: string): void {
    this.applyRemoval(workshopId, participantId);
    this.announcements.announce({ kind: 'removed', workshopId, participantId });
  }

  private applyRemoval(workshopId: string, participantId: string): void {
    this.removed.add(key(workshopId, participantId));
    for (const listener of this.listeners) {
      try {
        listener(workshopId, participantId);
      } catch (error) {
        log.error('auth.revocation_listener_failed', { workshopId, error: describeError(error) });
      }
    }
  }

  isRevoked(workshopId: string, participantId: string | null): boolean {
    return participantId !== null && this.removed.has(key(workshopId, participantId));
  }

  onRevoke(listener: RevocationListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The participant's identity changed (their layer was corrected): every open connection, made
   * under the old one, closes so that it reconnects under the new, which may open less: here,
   * and on every other instance.
   */
  reidentify(workshopId: string, participantId: string): void {
    this.applyChange(workshopId, participantId);
    this.announcements.announce({ kind: 'reidentified', workshopId, participantId });
  }

  private applyChange(workshopId: string, participantId: string): void {
    for (const listener of this.changeListeners) {
      try {
        listener(workshopId, participantId);
      } catch (error) {
        log.error('auth.reidentify_listener_failed', { workshopId, error: describeError(error) });
      }
    }
  }

  onReidentify(listener: RevocationListener): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }
}

const key = (workshopId: string, participantId: string) => `${workshopId}|${participantId}`;
