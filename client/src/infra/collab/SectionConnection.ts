/**
 * One section's Yjs document, kept in IndexedDB and synced with the server through the stock
 * y-websocket provider, plus the truthful connection status the indicator shows.
 */
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { isFinalClose } from '../../../../shared/closeCodes.js';
import type { Section } from '../../../../shared/sections.js';
import { trackUnstoredEdits } from '../offline/unstoredEdits.js';
import { registerAwareness } from './awarenessRegistry.js';
import { downloadWholeState, holdsNothing } from './coldJoin.js';
import { readServerSyncFrame } from './serverFrames.js';
import { StoredTracker } from './StoredTracker.js';
import { syncStatusOf, type SyncStatus } from './syncStatus.js';

/**
 * A sync step 1 every 12 s: the server's answer brings whatever this client lacks, so an update
 * lost on a flaky link is filled in without a reconnect. (Staying connected needs no help: the
 * server relays awareness to its sender too, `Room.relayAwareness`, and y-websocket renews its
 * awareness every 15 s, well inside its 30 s silence limit.)
 */
const RESYNC_INTERVAL_MS = 12_000;

/**
 * IndexedDB answers in milliseconds; should it never answer (a broken profile), the socket opens
 * anyway and syncs the whole section, as it would without the download.
 */
const OFFLINE_COPY_WAIT_MS = 3000;

/** The origin of the whole state downloaded over HTTP: stored content, like what the provider receives. */
const DOWNLOADED = Symbol('downloaded from the server');

export interface SectionConnectionOptions {
  workshopId: string;
  section: Section;
  token: string;
}

/** The base of Yjs WebSocket addresses on this host: ws(s)://host/yjs. */
function yjsBaseUrl(): string {
  const scheme = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${scheme}://${window.location.host}/yjs`;
}

/** Document, offline copy, provider and status of one section; call `destroy` when leaving. */
export class SectionConnection {
  readonly doc = new Y.Doc();
  /**
   * The indicator's status, and whether the server has synced this document once since the page
   * opened it (then everything it stored is here; it stays true through later reconnects).
   */
  readonly status: StoreApi<{ status: SyncStatus; synced: boolean }> = createStore(() => ({ status: 'connecting', synced: false }));
  private readonly tracker = new StoredTracker();
  private readonly persistence: IndexeddbPersistence;
  private readonly provider: WebsocketProvider;
  private readonly watchedSockets = new WeakSet<WebSocket>();
  private attemptedBefore = false;
  private refused = false;
  private destroyed = false;
  private readonly untrackUnstored = trackUnstoredEdits(() => !this.tracker.allStored);

  constructor({ workshopId, section, token }: SectionConnectionOptions) {
    this.doc.on('update', this.handleDocUpdate);
    this.persistence = new IndexeddbPersistence(`convene:${workshopId}:${section}`, this.doc);
    this.provider = new WebsocketProvider(yjsBaseUrl(), `${workshopId}/${section}`, this.doc, {
      params: { token },
      // Other tabs' changes would look stored here without being stored; the server is the only peer.
      disableBc: true,
      resyncInterval: RESYNC_INTERVAL_MS,
      // Final on every 44xx close (`isFinalClose`): a bad token, a forbidden or missing document,
      // and 4400, a frame or update the server could not take, which the same client would send
      // again. A rate-limited (4529), reloading (4500) or shutting-down (4503) close is worth a
      // fresh connection.
      shouldReconnect: (event) => !isFinalClose(event.code),
      // Opened by `openSocket`, once a cold join has downloaded the section compressed.
      connect: false,
    });
    registerAwareness(this.doc, this.provider.awareness);
    this.provider.on('status', this.handleProviderStatus);
    this.provider.on('sync', this.refresh);
    this.provider.on('closed', this.handleClosed);
    this.tracker.onChange(this.refresh);
    window.addEventListener('online', this.handleOnline);
    window.addEventListener('offline', this.handleOffline);
    this.refresh();
    void this.openSocket(workshopId, section, token);
  }

  /** Stops syncing; the offline copy stays in IndexedDB. */
  destroy(): void {
    this.destroyed = true;
    this.untrackUnstored();
    window.removeEventListener('online', this.handleOnline);
    window.removeEventListener('offline', this.handleOffline);
    this.provider.destroy();
    void this.persistence.destroy();
    this.doc.off('update', this.handleDocUpdate);
    this.doc.destroy();
  }

  /**
   * Once the offline copy is loaded: a device that holds nothing of the section downloads it
   * compressed first (`coldJoin.ts`), then the socket opens and syncs what changed since.
   */
  private async openSocket(workshopId: string, section: Section, token: string): Promise<void> {
    try {
      await Promise.race([this.persistence.whenSynced, new Promise((resolve) => setTimeout(resolve, OFFLINE_COPY_WAIT_MS))]);
      if (this.destroyed || !holdsNothing(this.doc) || !navigator.onLine) return;
      const whole = await downloadWholeState(workshopId, section, token);
      if (!whole || this.destroyed) return;
      Y.applyUpdate(this.doc, whole, DOWNLOADED);
      this.tracker.noteServerUpdate(whole);
    } catch (error) {
      // Bytes Yjs cannot apply: the socket's own sync sends the whole section instead.
      console.warn('The section could not be downloaded; it syncs over the socket.', error);
    } finally {
      if (!this.destroyed) this.provider.connect();
    }
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown) => {
    // Everything not received from the server is ours to store: typing, and IndexedDB loads.
    if (origin !== this.provider && origin !== DOWNLOADED) this.tracker.notePending(update);
  };

  private readonly handleProviderStatus = ({ status }: { status: 'connected' | 'connecting' | 'disconnected' }) => {
    if (status === 'disconnected') this.attemptedBefore = true;
    this.watchSocket();
    this.refresh();
  };

  private readonly handleClosed = ({ code }: { code: number }) => {
    this.attemptedBefore = true;
    if (isFinalClose(code)) this.refused = true;
    this.refresh();
  };

  /** The browser knows first: a dead Wi-Fi link can leave a socket looking open for a long time. */
  private readonly handleOffline = () => {
    this.provider.disconnect();
    this.attemptedBefore = true;
    this.refresh();
  };

  private readonly handleOnline = () => {
    if (!this.refused) this.provider.connect();
    this.refresh();
  };

  /** Reads every server frame on each new socket to learn what the server has stored. */
  private watchSocket(): void {
    const socket = this.provider.ws;
    if (!socket || this.watchedSockets.has(socket)) return;
    this.watchedSockets.add(socket);
    socket.addEventListener('message', (event: MessageEvent) => {
      if (!(event.data instanceof ArrayBuffer)) return;
      const frame = readServerSyncFrame(new Uint8Array(event.data));
      if (frame?.kind === 'state-vector') this.tracker.noteServerStateVector(frame.stateVector);
      else if (frame?.kind === 'update') this.tracker.noteServerUpdate(frame.update);
    });
    socket.addEventListener('close', () => {
      this.attemptedBefore = true;
      this.refresh();
    });
  }

  private readonly refresh = () => {
    const status = syncStatusOf({
      online: navigator.onLine,
      connected: this.provider.wsconnected,
      synced: this.provider.synced,
      attemptedBefore: this.attemptedBefore,
      allStored: this.tracker.allStored,
      refused: this.refused,
    });
    const synced = this.status.getState().synced || this.provider.synced;
    const before = this.status.getState();
    if (before.status !== status || before.synced !== synced) this.status.setState({ status, synced });
  };
}
