/**
 * A socket.io-client on the control channel that keeps the state as a page does (the whole state,
 * then deltas through `applyStateDelta`, asking `state:get` after a missed one) and remembers
 * every audit event.
 */
import { io, type Socket } from 'socket.io-client';
import type { CommandName, CommandPayload, CommandResult } from '../../shared/control.js';
import type { Ack } from '../../shared/errors.js';
import type { AuditEntry, ClientToServerEvents, ServerToClientEvents, StateAnswer, WorkshopState } from '../../shared/events.js';
import { applyStateDelta, type StateDelta } from '../../shared/stateDelta.js';

export interface ControlClient {
  socket: Socket<ServerToClientEvents, ClientToServerEvents>;
  latest(): WorkshopState | null;
  audits: AuditEntry[];
  /** Every delta received, applied or not. */
  deltas: StateDelta[];
  /** How many times a delta did not fit and the whole state was asked for again. */
  resyncs(): number;
  /** Loses the next delta, as a flaky link would: it is recorded but not applied. */
  dropNextDelta(): void;
  /** Sends a command; the answer is typed by the command's result schema, which the server checks before answering. */
  send<C extends CommandName>(name: C, payload?: CommandPayload<C>): Promise<Ack<CommandResult<C>>>;
  close(): void;
}

export function connectControl(url: string, token: string | undefined): ControlClient {
  const socket: Socket<ServerToClientEvents, ClientToServerEvents> = io(url, {
    auth: token ? { token } : {},
    transports: ['websocket'],
    reconnection: false,
    forceNew: true,
  });
  let latest: WorkshopState | null = null;
  let resyncs = 0;
  let resyncing = false;
  let dropNext = false;
  const audits: AuditEntry[] = [];
  const deltas: StateDelta[] = [];
  socket.on('state', (state) => (latest = state));
  socket.on('state:delta', (delta) => {
    deltas.push(delta);
    if (dropNext) {
      dropNext = false;
      return;
    }
    const next = latest && applyStateDelta(latest, delta);
    if (next) latest = next;
    else if (!resyncing) {
      resyncing = true;
      resyncs += 1;
      void socket
        .timeout(5000)
        .emitWithAck('state:get')
        .then((answer: StateAnswer) => answer.ok && (latest = answer.state))
        .finally(() => (resyncing = false));
    }
  });
  socket.on('audit', (entry) => audits.push(entry));
  return {
    socket,
    latest: () => latest,
    audits,
    deltas,
    resyncs: () => resyncs,
    dropNextDelta: () => (dropNext = true),
    send: <C extends CommandName>(name: C, payload?: CommandPayload<C>) =>
      (socket.timeout(5000).emitWithAck as (...args: unknown[]) => Promise<Ack<CommandResult<C>>>)(name, payload ?? {}),
    close: () => socket.disconnect(),
  };
}
