import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { StoredTracker } from './StoredTracker.js';

/**
 * A client document with its tracker, and a stand-in for the server that stores, applies and
 * relays back (to the sender too) exactly what changed, like server/collaboration/Room.ts.
 */
function setUp() {
  const server = new Y.Doc();
  const client = new Y.Doc();
  const tracker = new StoredTracker();
  const fromServer = Symbol('server');
  client.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== fromServer) tracker.notePending(update);
  });
  /** The server applies an update and relays what it changed, as one merged update. */
  const deliver = (update: Uint8Array, relay = true) => {
    let changed: Uint8Array | null = null;
    const capture = (applied: Uint8Array) => (changed = applied);
    server.on('update', capture);
    Y.applyUpdate(server, update);
    server.off('update', capture);
    if (changed && relay) receive(changed);
  };
  const receive = (update: Uint8Array) => {
    Y.applyUpdate(client, update, fromServer);
    tracker.noteServerUpdate(update);
  };
  /** A reconnect: the server's step 1, then its step 2 answering the client's step 1. */
  const reconnect = () => {
    tracker.noteServerStateVector(Y.encodeStateVector(server));
    receive(Y.encodeStateAsUpdate(server, Y.encodeStateVector(client)));
  };
  return { server, client, tracker, deliver, receive, reconnect };
}

/** Records the client's next local update instead of sending it. */
function capture(doc: Y.Doc, change: () => void): Uint8Array {
  let update: Uint8Array | null = null;
  const listener = (u: Uint8Array) => (update = u);
  doc.on('update', listener);
  doc.transact(change);
  doc.off('update', listener);
  if (!update) throw new Error('no update');
  return update;
}

describe('StoredTracker', () => {
  it('starts with nothing to store', () => {
    expect(new StoredTracker().allStored).toBe(true);
  });

  it('is saving from a local edit until the server relays it back', () => {
    const { client, tracker, deliver } = setUp();
    const update = capture(client, () => client.getText('t').insert(0, 'hello'));
    expect(tracker.allStored).toBe(false);
    deliver(update);
    expect(tracker.allStored).toBe(true);
  });

  it('confirms later edits whose relayed update does not start at clock 0', () => {
    const { client, tracker, deliver } = setUp();
    deliver(capture(client, () => client.getText('t').insert(0, 'first')));
    const second = capture(client, () => client.getText('t').insert(5, ' second'));
    expect(tracker.allStored).toBe(false);
    deliver(second);
    expect(tracker.allStored).toBe(true);
  });

  it('waits for a deletion of someone else’s text to be relayed', () => {
    const { server, client, tracker, deliver, receive } = setUp();
    const other = new Y.Doc();
    other.getText('t').insert(0, 'their words');
    deliver(Y.encodeStateAsUpdate(other), false);
    receive(Y.encodeStateAsUpdate(server));
    expect(tracker.allStored).toBe(true);
    const deletion = capture(client, () => client.getText('t').delete(0, 6));
    expect(tracker.allStored).toBe(false);
    deliver(deletion);
    expect(tracker.allStored).toBe(true);
  });

  it('after a reconnect, trusts the server state vector and delete set for edits whose relay was lost', () => {
    const { client, tracker, deliver, reconnect } = setUp();
    deliver(capture(client, () => client.getText('t').insert(0, 'abcdef')));
    const lost = capture(client, () => {
      client.getText('t').delete(0, 2);
      client.getText('t').insert(0, 'xy');
    });
    deliver(lost, false); // stored, but the connection dropped before the relay arrived
    expect(tracker.allStored).toBe(false);
    reconnect();
    expect(tracker.allStored).toBe(true);
  });

  it('keeps offline edits pending until a reconnect delivers them', () => {
    const { client, tracker, deliver, reconnect } = setUp();
    const offline = capture(client, () => client.getText('t').insert(0, 'written offline'));
    reconnect();
    expect(tracker.allStored).toBe(false);
    deliver(offline);
    expect(tracker.allStored).toBe(true);
  });

  it('treats content loaded from this device as pending until the server has it', () => {
    const { server, tracker, reconnect } = setUp();
    const earlier = new Y.Doc();
    earlier.getText('t').insert(0, 'kept in IndexedDB');
    tracker.notePending(Y.encodeStateAsUpdate(earlier));
    reconnect();
    expect(tracker.allStored).toBe(false);
    Y.applyUpdate(server, Y.encodeStateAsUpdate(earlier));
    reconnect();
    expect(tracker.allStored).toBe(true);
  });

  it('tells listeners when something changed', () => {
    const { client, tracker } = setUp();
    let calls = 0;
    const unsubscribe = tracker.onChange(() => calls++);
    client.getText('t').insert(0, 'x');
    unsubscribe();
    client.getText('t').insert(0, 'y');
    expect(calls).toBe(1);
  });
});
