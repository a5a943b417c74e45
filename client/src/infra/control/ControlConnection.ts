/**
 * The page's one Socket.io connection to the control channel: it mirrors the server's `state`
 * into a store (the whole state on connect, then versioned deltas; after a missed delta it asks
 * for the whole state again), measures the server clock offset, relays facilitators' `audit`
 * events and runs commands with an acknowledgement.
 */
import { io, type Socket } from 'socket.io-client';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CommandName, CommandPayload, CommandResult } from '../../../../shared/control.js';
import type { ErrorCode } from '../../../../shared/errors.js';
import type { AuditEntry, ClientToServerEvents, ServerToClientEvents, StateAnswer, WorkshopState } from '../../../../shared/events.js';
import { applyStateDelta, type StateDelta } from '../../../../shared/stateDelta.js';
import type { BallotNotice } from '../../../../shared/votes.js';
import { clockOffsetMs } from './clock.js';
import { LastKnownStateWriter, readLastKnownState } from './lastKnownState.js';

/** How long a command waits for the server's answer before the page says so. */
const COMMAND_TIMEOUT_MS = 5000;

/** `refused`: the server no longer accepts this page's token (the facilitator removed its holder); nothing reconnects. */
export type ControlLink = 'connecting' | 'connected' | 'offline' | 'refused';

export interface ControlSnapshot {
  link: ControlLink;
  /** The last state the server sent; kept while offline so the page still shows where the room was. */
  state: WorkshopState | null;
  /** Server clock minus ours, measured on the last state received. */
  clockOffsetMs: number;
}

/** Why a command did not go through: the server's codes, plus the two the page finds out itself. */
export type RefusalCode = ErrorCode | 'offline' | 'timeout';

/** A command's answer as the page sees it: its result's fields (`shared/control.ts`) when accepted. */
export type CommandOutcome<C extends CommandName = CommandName> = ({ ok: true } & CommandResult<C>) | { ok: false; error: { code: RefusalCode; message: string } };

type ControlSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** Connects with the page's token; call `close` when the page goes. */
export class ControlConnection {
  readonly store: StoreApi<ControlSnapshot> = createStore<ControlSnapshot>(() => ({ link: 'connecting', state: null, clockOffsetMs: 0 }));
  /** The ballots that count for this voter (or their organisation), by vote id, from `vote:ballot`. */
  readonly ballots: StoreApi<Record<string, BallotNotice>> = createStore<Record<string, BallotNotice>>(() => ({}));
  private readonly socket: ControlSocket;
  /** The same socket with its events untyped, for the one generic emit in `run`. */
  private readonly wire: Socket;
  private readonly auditListeners = new Set<(entry: AuditEntry) => void>();
  /** A `state:get` is on its way after a missed delta. */
  private resyncing = false;

  private readonly lastKnown: LastKnownStateWriter | null;

  /** `rememberAs`: the storage key under which the last state is kept, and read back when the page opens. */
  constructor(token: string, { rememberAs }: { rememberAs?: string } = {}) {
    const remembered = rememberAs ? readLastKnownState(rememberAs) : null;
    if (remembered) this.store.setState(remembered);
    this.lastKnown = rememberAs ? new LastKnownStateWriter(rememberAs) : null;
    // WebSocket only, as the Yjs connection: behind a load balancer over several instances, no sticky sessions are needed.
    this.socket = io({ path: '/socket.io', auth: { token }, transports: ['websocket'] });
    this.wire = this.socket;
    this.socket.on('connect', () => this.store.setState({ link: 'connected' }));
    this.socket.on('disconnect', () => this.store.setState((snapshot) => (snapshot.link === 'refused' ? snapshot : { link: 'offline' })));
    // A refused handshake (a token removed while this page was away) is final: Socket.io stops retrying it.
    this.socket.on('connect_error', (error) => this.store.setState({ link: error.message === 'unauthorized' ? 'refused' : 'offline' }));
    this.socket.on('session:removed', () => this.store.setState({ link: 'refused' }));
    // Who this participant is changed (admitted, matched, merged, their layer corrected) and the server closes
    // the socket: the page opens again as who they are now, since what it shows depends on it.
    this.socket.on('session:changed', () => window.location.reload());
    this.socket.on('state', this.handleState);
    this.socket.on('state:delta', this.handleDelta);
    this.socket.on('vote:ballot', (notice) => this.ballots.setState({ [notice.voteId]: notice }));
    this.socket.on('audit', (entry) => {
      for (const listener of this.auditListeners) listener(entry);
    });
    window.addEventListener('offline', this.handleOffline);
    window.addEventListener('online', this.handleOnline);
    if (this.lastKnown) window.addEventListener('pagehide', this.lastKnown.flush);
  }

  /** Sends a command and resolves with the server's answer; never rejects. */
  async run<C extends CommandName>(command: C, payload?: CommandPayload<C>): Promise<CommandOutcome<C>> {
    // Socket.io would buffer a command sent offline and deliver it later, out of context
    // ("next" pressed twice during an outage); refusing now lets the facilitator decide again.
    if (!this.socket.connected) return { ok: false, error: { code: 'offline', message: 'not connected' } };
    try {
      // The schemas of commands without a payload accept `{}` but not null, which undefined becomes on the wire.
      const answer: unknown = await this.wire.timeout(COMMAND_TIMEOUT_MS).emitWithAck(command, payload ?? {});
      // Read as C's answer: the server checks every answer against C's result schema before it
      // leaves (`server/control/runCommand.ts`). TypeScript cannot check Socket.io's per-event
      // types for a generic C, so the one conversion is here rather than at every call.
      return answer as CommandOutcome<C>;
    } catch (error) {
      // emitWithAck rejects only when no answer came within the timeout.
      return { ok: false, error: { code: 'timeout', message: error instanceof Error ? error.message : 'no answer' } };
    }
  }

  /** Listens to `audit` events (sent to facilitators only); returns the unsubscribe function. */
  onAudit(listener: (entry: AuditEntry) => void): () => void {
    this.auditListeners.add(listener);
    return () => this.auditListeners.delete(listener);
  }

  close(): void {
    if (this.lastKnown) {
      this.lastKnown.flush();
      window.removeEventListener('pagehide', this.lastKnown.flush);
    }
    window.removeEventListener('offline', this.handleOffline);
    window.removeEventListener('online', this.handleOnline);
    this.auditListeners.clear();
    this.socket.removeAllListeners();
    this.socket.disconnect();
  }

  private readonly handleState = (state: WorkshopState) => {
    this.show(state, clockOffsetMs(state.serverTime, Date.now()));
  };

  /** Shows the state, and keeps it for the next time the page opens without a network. */
  private show(state: WorkshopState, offset: number): void {
    this.store.setState({ state, clockOffsetMs: offset });
    this.lastKnown?.note({ state, clockOffsetMs: offset });
  }

  /** Applies a delta to the state it starts from; after a missed one, asks once for the whole state. */
  private readonly handleDelta = (delta: StateDelta) => {
    const { state, clockOffsetMs: offset } = this.store.getState();
    const next = state && applyStateDelta(state, delta);
    if (next) {
      this.show(next, delta.serverTime === undefined ? offset : clockOffsetMs(delta.serverTime, Date.now()));
      return;
    }
    if (this.resyncing) return;
    this.resyncing = true;
    // Deltas arriving meanwhile start from versions this page does not hold and are dropped; the answer replaces them all.
    this.socket
      .timeout(COMMAND_TIMEOUT_MS)
      .emitWithAck('state:get')
      .then((answer: StateAnswer) => {
        if (answer.ok) this.handleState(answer.state);
      })
      .catch(() => undefined /* no answer: the next delta that does not fit asks again */)
      .finally(() => (this.resyncing = false));
  };

  /** A dead link can leave the socket looking open; the browser's word makes the page honest sooner. */
  private readonly handleOffline = () => {
    this.socket.disconnect();
    this.store.setState({ link: 'offline' });
  };

  private readonly handleOnline = () => {
    this.store.setState({ link: 'connecting' });
    this.socket.connect();
  };
}
