/**
 * The Yjs WebSocket endpoint, `/yjs/:workshopId/:section?token=…`, speaking the stock
 * y-websocket protocol. The token is checked before the room is touched: a refused socket is
 * closed with a code from shared/ and never receives a byte of any document.
 */
import type { Layer } from '../../shared/dialogue.js';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Identity } from '../../shared/api.js';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { LIMITS } from '../../shared/limits.js';
import { documentName, isSection, type Section } from '../../shared/sections.js';
import { describeError, log } from '../logger.js';
import type { Revocations } from '../auth/Revocations.js';
import { sectionReader } from '../policies/documentPolicy.js';
import type { ControlStates } from '../control/ControlStates.js';
import type { Store } from '../storage/Store.js';
import type { RoomRegistry } from './RoomRegistry.js';
import { YjsConnection } from './YjsConnection.js';

const PATH = /^\/yjs\/([A-Za-z0-9_-]{1,64})\/([a-z]{1,32})\/?$/;

export interface YjsEndpointOptions {
  store: Store;
  rooms: RoomRegistry;
  /** Section locks live in the control record, loaded before a connection is admitted. */
  controls: ControlStates;
  /** Removed participants: their open connections are closed at once. */
  revocations: Revocations;
}

type Admission = { ok: true; identity: Identity; section: Section } | { ok: false; code: number; reason: string };

export class YjsEndpoint {
  // No compression: YjsConnection writes prebuilt frames next to ws's own (see there).
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.maxYjsFrameBytes, perMessageDeflate: false });
  private readonly connections = new Set<YjsConnection>();

  constructor(private readonly options: YjsEndpointOptions) {
    options.revocations.onRevoke((workshopId, participantId) => this.closeParticipant(workshopId, participantId, CLOSE_CODES.unauthorized, 'removed from the workshop'));
    // Reconnecting is admitted afresh, under the new layer.
    options.revocations.onReidentify((workshopId, participantId) => this.closeParticipant(workshopId, participantId, CLOSE_CODES.documentReloading, 'your layer changed'));
  }

  /** Takes over upgrades under /yjs/ on the HTTP server; other paths are left to Socket.io. */
  attach(server: HttpServer): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (!request.url?.startsWith('/yjs/')) return;
      this.admit(request).then(
        (admission) => this.upgrade(request, socket, head, admission),
        (error: unknown) => {
          log.error('yjs.admission_failed', { error: describeError(error) });
          socket.destroy();
        },
      );
    });
  }

  /** Closes a participant's connections: removed (their token no longer opens anything), or admitted under an identity that changed. */
  private closeParticipant(workshopId: string, participantId: string, code: number, reason: string): void {
    for (const connection of this.connections) {
      const { identity } = connection;
      if (identity.workshopId === workshopId && identity.participantId === participantId) connection.close(code, reason);
    }
  }

  /** The layer each connection of a participant here was opened under. */
  layersHere(workshopId: string): [participantId: string, layer: Layer][] {
    const layers: [string, Layer][] = [];
    for (const { identity } of this.connections) {
      if (identity.workshopId === workshopId && identity.participantId && identity.layer) layers.push([identity.participantId, identity.layer]);
    }
    return layers;
  }

  /** Closes every connection with "server shutdown" so clients reconnect elsewhere or later. */
  closeAll(): void {
    for (const connection of this.connections) connection.close(CLOSE_CODES.serverShutdown, 'server shutting down');
    this.wss.close();
  }

  private async admit(request: IncomingMessage): Promise<Admission> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = PATH.exec(url.pathname);
    const [, workshopId, section] = match ?? [];
    if (!workshopId || !section || !isSection(section)) return { ok: false, code: CLOSE_CODES.notFound, reason: 'unknown section' };
    // The record first: on a dialogue day it decides which sections a layer opens.
    const reading = await sectionReader(this.options.store, url.searchParams.get('token'), workshopId, section, (id) => this.options.controls.load(id));
    if (!reading.ok) {
      return reading.refusal === 'forbidden'
        ? { ok: false, code: CLOSE_CODES.forbidden, reason: 'not opened by this layer' }
        : { ok: false, code: CLOSE_CODES.unauthorized, reason: 'invalid token' };
    }
    const { identity } = reading;
    return { ok: true, identity, section };
  }

  private upgrade(request: IncomingMessage, socket: Duplex, head: Buffer, admission: Admission): void {
    this.wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      if (!admission.ok) {
        log.info('yjs.refused', { code: admission.code, reason: admission.reason });
        ws.close(admission.code, admission.reason);
        return;
      }
      this.accept(ws, socket, admission.identity, admission.section);
    });
  }

  private accept(ws: WebSocket, wire: Duplex, identity: Identity, section: Section): void {
    // Authenticated before a removal that landed while the upgrade was under way.
    if (this.options.revocations.isRevoked(identity.workshopId, identity.participantId)) {
      ws.close(CLOSE_CODES.unauthorized, 'removed from the workshop');
      return;
    }
    const name = documentName(identity.workshopId, section);
    const connection = new YjsConnection(ws, wire, identity, section, name);
    this.connections.add(connection);
    const joining = this.options.rooms.join(name, connection);
    connection.onClose(() => {
      this.connections.delete(connection);
      joining.then((room) => this.options.rooms.leave(room, connection)).catch(() => undefined);
    });
    joining.then(
      (room) => connection.attach(room),
      (error: unknown) => {
        log.error('yjs.join_failed', { document: name, error: describeError(error) });
        connection.close(CLOSE_CODES.serverShutdown, 'document unavailable');
      },
    );
    log.info('yjs.connected', { document: name, role: identity.role });
  }
}
