/**
 * The Socket.io control channel. The handshake carries a token; the server resolves it to an
 * identity and never trusts anything a client says about itself. State is the server's and
 * is emitted to the whole workshop after every change.
 */
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Identity } from '../../shared/api.js';
import { type ClientToServerEvents, PROTOCOL_VERSION, type ServerToClientEvents, type WorkshopState } from '../../shared/events.js';
import { describeError, log } from '../logger.js';
import { authenticate } from '../policies/authenticate.js';
import type { Store } from '../storage/Store.js';
import { Presence } from './Presence.js';

interface SocketData {
  identity: Identity;
}

type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;

export class ControlChannel {
  readonly io: Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
  private readonly presence = new Presence();

  constructor(server: HttpServer, private readonly store: Store) {
    this.io = new Server(server, {
      path: '/socket.io',
      serveClient: false,
      // The Yjs endpoint shares the HTTP server: upgrades Socket.io does not own are not its to destroy.
      destroyUpgrade: false,
      maxHttpBufferSize: 64 * 1024,
    });
    this.io.use((socket, next) => {
      authenticate(this.store, socket.handshake.auth?.token).then(
        (identity) => {
          if (!identity) return next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
          socket.data.identity = identity;
          next();
        },
        (error: unknown) => {
          log.error('control.auth_failed', { error: describeError(error) });
          next(new Error('internal'));
        },
      );
    });
    this.io.on('connection', (socket) => this.handleConnection(socket));
  }

  /** The state of one workshop as every client sees it. */
  stateOf(workshopId: string): WorkshopState {
    return { protocolVersion: PROTOCOL_VERSION, workshopId, presence: this.presence.list(workshopId) };
  }

  async close(): Promise<void> {
    await this.io.close();
  }

  private handleConnection(socket: ControlSocket): void {
    const { identity } = socket.data;
    void socket.join(workshopRoom(identity.workshopId));
    this.presence.add(identity);
    this.broadcastState(identity.workshopId);
    socket.on('state:get', (ack) => {
      if (typeof ack === 'function') ack({ ok: true, state: this.stateOf(identity.workshopId) });
    });
    socket.on('disconnect', () => {
      this.presence.remove(identity);
      this.broadcastState(identity.workshopId);
    });
  }

  private broadcastState(workshopId: string): void {
    this.io.to(workshopRoom(workshopId)).emit('state', this.stateOf(workshopId));
  }
}
