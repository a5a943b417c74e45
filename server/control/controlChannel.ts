/**
 * The Socket.io control channel. The handshake carries a token; the server resolves it to an
 * identity and never trusts anything a client says about itself. State is the server's: each
 * socket gets it whole on connect, cut to its role (`roleViews.ts`), then only what changed as
 * versioned deltas (`StateFeed.ts`) after every change.
 */
import type { Layer } from '../../shared/dialogue.js';
import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { Identity } from '../../shared/api.js';
import { COMMAND_NAMES, type CommandName } from '../../shared/control.js';
import type { Ack } from '../../shared/errors.js';
import { type ClientToServerEvents, PROTOCOL_VERSION, type ServerToClientEvents } from '../../shared/events.js';
import { can } from '../../shared/roles.js';
import { findSession } from '../../shared/agenda.js';
import { type BallotNotice, type Franchise, organisationKey } from '../../shared/votes.js';
import type { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { forbidden, rateLimited } from '../errors.js';
import { describeError, log } from '../logger.js';
import type { Revocations } from '../auth/Revocations.js';
import { authenticate } from '../policies/authenticate.js';
import type { ScaleOut } from '../scaleOut/ScaleOut.js';
import { useRedisAdapter } from '../scaleOut/socketAdapter.js';
import type { Accreditation, InvitationList } from '../../shared/accreditation.js';
import type { BallotRecord, ParticipantRecord, Store } from '../storage/Store.js';
import type { Accreditations } from './Accreditations.js';
import type { CommandDeps } from './commandDefinition.js';
import { recordListChange } from './invitations/recordListChange.js';
import { TokenBucket } from '../util/TokenBucket.js';
import type { PresentVoters } from '../votes/summary.js';
import { VoteBoard } from '../votes/VoteBoard.js';
import { Attendance } from './Attendance.js';
import { LAST_SEEN_SWEEP_MS, LastSeen } from './LastSeen.js';
import type { ControlStates } from './ControlStates.js';
import { Presence } from './Presence.js';
import { SharedPresence } from './SharedPresence.js';
import type { RoomSnapshot } from './roleViews.js';
import { runCommand } from './runCommand.js';
import { StateFeed } from './StateFeed.js';
import type { BallotRecipients } from './votes/voteDeps.js';

interface SocketData {
  identity: Identity;
}

type ControlServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type ControlSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const workshopRoom = (workshopId: string) => `workshop:${workshopId}`;
const facilitatorsRoom = (workshopId: string) => `workshop:${workshopId}:facilitators`;
/** A participant's own sockets, and every socket of an organisation's delegates: where ballot notices go. */
const participantRoom = (workshopId: string, participantId: string) => `workshop:${workshopId}:participant:${participantId}`;
const organisationRoom = (workshopId: string, organisation: string) => `workshop:${workshopId}:organisation:${organisationKey(organisation)}`;
/** Commands per socket: generous for a facilitator clicking fast, tight for a script. */
const COMMANDS_PER_SECOND = 20;
const COMMAND_BURST = 40;
/**
 * permessage-deflate on the control channel. Deltas to one socket repeat their shape (a ballot's
 * tally differs from the previous one by a few digits), so with the context kept between
 * messages one compresses to a few dozen bytes. A 2 KiB window and memLevel 4 keep each
 * socket's deflate state near 16 KiB (the defaults' is 256 KiB); pings and tiny frames stay raw.
 * The clients' window is left as they offer it: asking for a smaller one would make ws refuse
 * compression to a browser that does not offer `client_max_window_bits`.
 */
const CONTROL_DEFLATE = { threshold: 64, serverMaxWindowBits: 11, zlibDeflateOptions: { memLevel: 4 } };
/** How long arrivals and departures gather before one delta (ballots gather as long, in `VoteBoard`). */
const PRESENCE_BATCH_MS = 50;

export class ControlChannel {
  readonly io: ControlServer;
  private readonly presence: Presence;
  /** With Redis: the presence of every instance's sockets. */
  private readonly sharedPresence: SharedPresence | null;
  private readonly presenceTimers = new Map<string, NodeJS.Timeout>();
  private readonly board: VoteBoard;
  private readonly attendance: Attendance;
  private readonly lastSeen: LastSeen;
  private readonly lastSeenSweep: NodeJS.Timeout;
  private readonly feed: StateFeed;
  private readonly closeAdapter: () => Promise<void> = async () => {};

  constructor(
    server: HttpServer,
    private readonly store: Store,
    private readonly controls: ControlStates,
    private readonly rooms: RoomRegistry,
    private readonly revocations: Revocations,
    private readonly accreditations: Accreditations,
    scaleOut: ScaleOut | null = null,
  ) {
    this.sharedPresence = scaleOut && new SharedPresence(scaleOut, (workshopId) => this.presenceChanged(workshopId));
    this.presence = this.sharedPresence ?? new Presence();
    // A change another instance made reaches this instance's sockets like one made here.
    controls.onReplaced((workshopId) => this.publish(workshopId));
    accreditations.onReplaced((workshopId) => {
      if (this.controls.get(workshopId)) this.publish(workshopId);
    });
    this.attendance = new Attendance(store);
    this.lastSeen = new LastSeen(store);
    this.lastSeenSweep = setInterval(() => void this.noteEveryoneSeen(), LAST_SEEN_SWEEP_MS).unref();
    this.board = new VoteBoard(store, (workshopId) => this.publish(workshopId), scaleOut);
    this.io = new Server(server, {
      path: '/socket.io',
      serveClient: false,
      // The Yjs endpoint shares the HTTP server: upgrades Socket.io does not own are not its to destroy.
      destroyUpgrade: false,
      maxHttpBufferSize: 64 * 1024,
      perMessageDeflate: CONTROL_DEFLATE,
      // Across instances, WebSocket only: long-polling would need every request of a session on one instance (sticky sessions).
      ...(scaleOut ? { transports: ['websocket' as const] } : {}),
    });
    if (scaleOut) this.closeAdapter = useRedisAdapter(this.io, scaleOut);
    this.io.use((socket, next) => {
      this.admit(socket.handshake.auth?.token).then(
        (identity) => {
          // A removal that landed while the token was being looked up refuses it too.
          if (!identity || this.revocations.isRevoked(identity.workshopId, identity.participantId)) {
            return next(Object.assign(new Error('unauthorized'), { data: { code: 'unauthorized' } }));
          }
          socket.data.identity = identity;
          next();
        },
        (error: unknown) => {
          log.error('control.auth_failed', { error: describeError(error) });
          next(new Error('internal'));
        },
      );
    });
    this.feed = new StateFeed(
      (workshopId) => this.snapshot(workshopId),
      // Socket ids are this instance's own: `local` keeps each socket's delta off Redis.
      (socketIds, delta) => this.io.local.to(socketIds).emit('state:delta', delta),
    );
    this.io.on('connection', (socket) => this.handleConnection(socket));
    revocations.onRevoke((workshopId, participantId) => this.disconnectRemoved(workshopId, participantId));
    revocations.onReidentify((workshopId, participantId) => {
      const room = participantRoom(workshopId, participantId);
      // Each instance hears of the change (Revocations) and closes its own sockets.
      this.io.local.to(room).emit('session:changed');
      this.io.local.in(room).disconnectSockets(true);
    });
  }

  /** The layer each control socket of a participant on this instance was opened under. */
  layersHere(workshopId: string): [participantId: string, layer: Layer][] {
    const layers: [string, Layer][] = [];
    for (const socket of this.io.sockets.sockets.values()) {
      const identity = socket.data.identity;
      if (identity?.workshopId === workshopId && identity.participantId && identity.layer) layers.push([identity.participantId, identity.layer]);
    }
    return layers;
  }

  /**
   * Tells a removed participant's sockets why, then closes them; Socket.io does not reconnect a
   * socket the server closed. Each instance hears of a removal (`Revocations`) and closes its own.
   */
  private disconnectRemoved(workshopId: string, participantId: string): void {
    const room = participantRoom(workshopId, participantId);
    this.io.local.to(room).emit('session:removed');
    this.io.local.in(room).disconnectSockets(true);
  }

  /** The room now, before it is cut to a role (its control record must be loaded). */
  private snapshot(workshopId: string): RoomSnapshot {
    const record = this.controls.get(workshopId);
    if (!record) throw new Error(`control record of ${workshopId} is not loaded`);
    const current = record.currentSessionId ? findSession(record.agenda, record.currentSessionId) : null;
    const { hands, ...shared } = record;
    const headcount = this.presentVoters(workshopId);
    return {
      common: {
        ...shared,
        protocolVersion: PROTOCOL_VERSION,
        workshopId,
        serverTime: Date.now(),
        stage: current?.stage ?? null,
        headcount,
        votes: this.board.summaries(workshopId, headcount),
      },
      presence: this.presence.list(workshopId),
      hands,
      accreditation: this.accreditations.view(workshopId, true),
    };
  }

  /** Joins the other instances (presence, and the vote board's announcements, with Redis); before the server listens. */
  async start(): Promise<void> {
    await Promise.all([this.sharedPresence?.start(), this.board.ready(), this.accreditations.ready()]);
  }

  /** After a join is stored: a newcomer on the waiting list shows on the console (and in the projector's count). */
  participantJoined(participant: ParticipantRecord, standing: Accreditation | null): void {
    this.accreditations.joined(participant, standing);
    if (standing?.admission === 'waiting' && this.controls.get(participant.workshopId)) this.presenceChanged(participant.workshopId);
  }

  /**
   * Their standing changed (admitted, matched, merged): their sockets hold the identity of their
   * handshake, so they are told and closed, and the page reconnects with who they are now.
   */
  private standingsChanged(workshopId: string, participantIds: string[]): void {
    for (const participantId of participantIds) {
      const room = participantRoom(workshopId, participantId);
      this.io.to(room).emit('session:changed');
      this.io.in(room).disconnectSockets(true);
    }
  }

  /** Everyone connected now was seen now. */
  private async noteEveryoneSeen(): Promise<void> {
    const now = Date.now();
    await Promise.all(this.presence.workshops().map((workshopId) => this.lastSeen.seen(workshopId, this.presence.participantIds(workshopId), now)));
  }

  async close(): Promise<void> {
    clearInterval(this.lastSeenSweep);
    await this.noteEveryoneSeen();
    await this.sharedPresence?.stop();
    for (const timer of this.presenceTimers.values()) clearTimeout(timer);
    this.presenceTimers.clear();
    await this.board.close();
    await this.accreditations.close();
    await this.io.close();
    await this.closeAdapter();
  }

  private async admit(token: unknown): Promise<Identity | null> {
    const identity = await authenticate(this.store, token);
    if (identity) {
      const { workshopId } = identity;
      await Promise.all([this.controls.load(workshopId), this.board.load(workshopId), this.accreditations.load(workshopId)]);
    }
    return identity;
  }

  /** Participants present, and the distinct organisations among them (accredited ones, while the list is in force). */
  private presentVoters(workshopId: string): PresentVoters {
    if (!this.accreditations.inForce(workshopId)) return this.presence.headcount(workshopId);
    return this.presence.headcount(workshopId, (participantId) => {
      const standing = this.accreditations.standing(workshopId, participantId);
      return standing?.admission === 'admitted' ? standing.organisationId : null;
    });
  }

  /**
   * A newcomer on the waiting list: their socket hears only that they were admitted. It gets no
   * state, is not present, and every command is refused.
   */
  private handleWaiting(socket: ControlSocket, identity: Identity & { participantId: string }): void {
    void socket.join(participantRoom(identity.workshopId, identity.participantId));
    const refusal = forbidden('you are on the waiting list: the facilitator has not admitted you yet').toBody();
    socket.onAny((...args: unknown[]) => {
      const reply = args.at(-1);
      if (typeof reply === 'function') (reply as (answer: unknown) => void)({ ok: false, error: refusal });
    });
  }

  /** Joins the rooms ballot notices are sent to, and repeats the notices of open votes (after a reconnect). */
  private async joinVoterRooms(socket: ControlSocket, identity: Identity): Promise<void> {
    const { workshopId, participantId, organisation } = identity;
    if (!participantId) return;
    void socket.join(participantRoom(workshopId, participantId));
    if (organisation) void socket.join(organisationRoom(workshopId, organisation));
    const mine = (ballot: BallotRecord, franchise: Franchise) =>
      franchise === 'organisation' ? organisationKey(ballot.organisation ?? '') === organisationKey(organisation ?? '') : ballot.participantId === participantId;
    for (const vote of this.board.openVotes(workshopId)) {
      // Read from the store, not the board: the board's copy may be a few milliseconds behind.
      const ballot = (await this.store.listBallots(vote.id)).find((b) => mine(b, vote.spec.franchise));
      if (!ballot) continue;
      const castBy = { name: ballot.name, organisation: ballot.organisation, participantId: ballot.participantId };
      socket.emit('vote:ballot', { voteId: vote.id, castBy, choice: vote.spec.secret ? null : ballot.choice });
    }
  }

  private sendBallotNotice(workshopId: string, notice: BallotNotice, to: BallotRecipients): void {
    const room =
      to.franchise === 'organisation' && to.organisation ? organisationRoom(workshopId, to.organisation) : participantRoom(workshopId, to.participantId);
    this.io.to(room).emit('vote:ballot', notice);
  }

  private handleConnection(socket: ControlSocket): void {
    const { identity } = socket.data;
    if (identity.waiting && identity.participantId) return this.handleWaiting(socket, { ...identity, participantId: identity.participantId });
    void socket.join(workshopRoom(identity.workshopId));
    if (can(identity.role, 'runAgenda')) void socket.join(facilitatorsRoom(identity.workshopId));
    this.presence.add(identity);
    if (identity.participantId) void this.lastSeen.seen(identity.workshopId, [identity.participantId]);
    // The newcomer gets the state at once; everyone else hears of the arrival with the next batch.
    socket.emit('state', this.feed.full(socket.id, identity));
    this.noteAttendance(identity.workshopId);
    this.presenceChanged(identity.workshopId);
    this.joinVoterRooms(socket, identity).catch((error: unknown) => {
      log.error('control.ballot_replay_failed', { workshopId: identity.workshopId, error: describeError(error) });
    });

    const bucket = new TokenBucket(COMMANDS_PER_SECOND, COMMAND_BURST);
    socket.on('state:get', (ack) => {
      // A client that missed a delta starts again from here; its next delta starts from this version.
      if (typeof ack === 'function') ack({ ok: true, state: this.feed.full(socket.id, identity) });
    });
    for (const name of COMMAND_NAMES) {
      socket.on(name, (payload: unknown, ack?: unknown) => {
        // `emit(name, ack)` without a payload is allowed: the callback then comes first.
        const [body, reply] = typeof payload === 'function' ? [undefined, payload] : [payload, ack];
        const answer = (result: Ack<Record<string, unknown>>) => {
          if (typeof reply === 'function') (reply as (r: typeof result) => void)(result);
        };
        if (!bucket.take()) return answer({ ok: false, error: rateLimited('too many commands').toBody() });
        void this.handleCommand(name, body, identity).then(answer);
      });
    }
    socket.on('disconnect', () => {
      this.feed.leave(identity.workshopId, socket.id);
      this.presence.remove(identity);
      if (identity.participantId) void this.lastSeen.seen(identity.workshopId, [identity.participantId]);
      this.presenceChanged(identity.workshopId);
    });
  }

  private handleCommand(name: CommandName, payload: unknown, identity: Identity) {
    return runCommand(name, payload, identity, this.commandDeps(name, identity));
  }

  /** After an invitation list import over HTTP is stored: audited and shown like the console's own edits. */
  async invitationsImported(identity: Identity, list: InvitationList, detail: Record<string, unknown>): Promise<void> {
    await Promise.all([this.controls.load(identity.workshopId), this.accreditations.load(identity.workshopId)]);
    await recordListChange(this.commandDeps('invitations:save-organisation', identity), identity, 'invitations:save-organisation', detail, list);
  }

  private commandDeps(name: CommandName, identity: Identity): CommandDeps {
    return {
      store: this.store,
      controls: this.controls,
      board: this.board,
      rooms: this.rooms,
      revocations: this.revocations,
      accreditations: this.accreditations,
      standingsChanged: (workshopId, participantIds) => this.standingsChanged(workshopId, participantIds),
      present: (workshopId) => this.presentVoters(workshopId),
      presentParticipants: (workshopId) => this.presence.participantIds(workshopId),
      ballotCounted: (workshopId, notice, to) => this.sendBallotNotice(workshopId, notice, to),
      changed: (workshopId, entry) => {
        this.publish(workshopId);
        this.io.to(facilitatorsRoom(workshopId)).emit('audit', entry);
        log.info('control.command', { workshopId, command: name, role: identity.role });
      },
    };
  }

  /**
   * Arrivals and departures are published at most once per PRESENCE_BATCH_MS per workshop: when
   * 200 people join at the start of a session, that is a handful of deltas per client, not 200.
   */
  private presenceChanged(workshopId: string): void {
    if (this.presenceTimers.has(workshopId)) return;
    this.presenceTimers.set(
      workshopId,
      setTimeout(() => {
        this.presenceTimers.delete(workshopId);
        this.publish(workshopId);
      }, PRESENCE_BATCH_MS),
    );
  }

  /** Sends every socket of the workshop what changed for it; a command's change goes out at once, before its answer. */
  private publish(workshopId: string): void {
    this.feed.publish(workshopId);
    this.noteAttendance(workshopId);
  }

  /** Every arrival and every change of the current session passes here: the attendance record's hooks. */
  private noteAttendance(workshopId: string): void {
    const record = this.controls.get(workshopId);
    if (!record) return;
    const present = this.presence.list(workshopId).flatMap((entry) => (entry.role === 'participant' ? [entry.id] : []));
    this.attendance.note(workshopId, record.currentSessionId, present);
  }
}
