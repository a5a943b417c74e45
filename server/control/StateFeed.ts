/**
 * The state each socket holds, and the deltas that keep it current. Every socket starts from a
 * full state (on connect, and again on `state:get`) at a version of its own; `publish` then sends
 * it only what changed for its audience since that version. Sockets of one audience at one
 * version hold the same state, so a publish diffs and encodes once per such group, not once per
 * socket: 200 participants of 40 organisations cost about 40 small diffs.
 */
import type { Identity } from '../../shared/api.js';
import type { WorkshopState } from '../../shared/events.js';
import { diffState, type StateDelta } from '../../shared/stateDelta.js';
import { audienceOf, type RoomSnapshot, viewFor } from './roleViews.js';

interface Holder {
  audience: string;
  /** The version of `view`, the last state this socket was sent. */
  version: number;
  view: WorkshopState;
}

export class StateFeed {
  /** Per workshop: the last version handed out, and what each socket holds. */
  private readonly workshops = new Map<string, { version: number; holders: Map<string, Holder> }>();

  constructor(
    private readonly snapshot: (workshopId: string) => RoomSnapshot,
    private readonly send: (socketIds: string[], delta: StateDelta) => void,
  ) {}

  /** The whole state for one socket, now; its next delta starts from it. */
  full(socketId: string, identity: Identity): WorkshopState {
    const workshop = this.workshop(identity.workshopId);
    const audience = audienceOf(identity);
    const view = viewFor(this.snapshot(identity.workshopId), audience, ++workshop.version);
    workshop.holders.set(socketId, { audience, version: view.version, view });
    return view;
  }

  leave(workshopId: string, socketId: string): void {
    const workshop = this.workshops.get(workshopId);
    workshop?.holders.delete(socketId);
    if (workshop?.holders.size === 0) this.workshops.delete(workshopId);
  }

  /** Sends every socket of the workshop what changed since the version it holds; nothing to those for whom nothing did. */
  publish(workshopId: string): void {
    const workshop = this.workshops.get(workshopId);
    if (!workshop) return;
    const snapshot = this.snapshot(workshopId);
    const to = ++workshop.version;
    const groups = new Map<string, { base: Holder; socketIds: string[]; holders: Holder[] }>();
    for (const [socketId, holder] of workshop.holders) {
      const key = `${holder.version}|${holder.audience}`;
      const group = groups.get(key) ?? { base: holder, socketIds: [], holders: [] };
      groups.set(key, group);
      group.socketIds.push(socketId);
      group.holders.push(holder);
    }
    const views = new Map<string, WorkshopState>();
    for (const { base, socketIds, holders } of groups.values()) {
      const view = views.get(base.audience) ?? viewFor(snapshot, base.audience, to);
      views.set(base.audience, view);
      const changes = diffState(base.view, view);
      if (changes.length === 0) continue;
      // The clock reading matters only with a running countdown; elsewhere it would be bytes for nothing.
      const timed = changes.some((change) => change.op === 'set' && change.field === 'timer');
      this.send(socketIds, { from: base.version, to, ...(timed ? { serverTime: view.serverTime } : {}), changes });
      for (const holder of holders) Object.assign(holder, { version: to, view });
    }
  }

  private workshop(workshopId: string) {
    let workshop = this.workshops.get(workshopId);
    if (!workshop) {
      workshop = { version: 0, holders: new Map() };
      this.workshops.set(workshopId, workshop);
    }
    return workshop;
  }
}
