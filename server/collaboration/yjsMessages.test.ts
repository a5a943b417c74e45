import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';
import { OutgoingMessage } from './OutgoingMessage.js';
import {
  decodeClientMessage,
  encodeAwarenessUpdate,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  MalformedMessage,
  readAwarenessUpdate,
  syncUpdateMessage,
} from './yjsMessages.js';

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('decodeClientMessage', () => {
  it('reads the three sync steps of a real document', () => {
    const doc = new Y.Doc();
    doc.getText('t').insert(0, 'Ratify OP-CAT');
    const update = Y.encodeStateAsUpdate(doc);
    expect(decodeClientMessage(syncFrame(0, Y.encodeStateVector(doc)))).toMatchObject({ kind: 'sync-step1' });
    expect(decodeClientMessage(syncFrame(1, update))).toEqual({ kind: 'sync-step2', update, empty: false });
    expect(decodeClientMessage(syncFrame(2, update))).toEqual({ kind: 'update', update, empty: false });
    expect(decodeClientMessage(new Uint8Array([3]))).toEqual({ kind: 'query-awareness' });
    expect(decodeClientMessage(syncFrame(1, Y.encodeStateAsUpdate(new Y.Doc())))).toMatchObject({ empty: true });
  });

  it('throws only MalformedMessage, whatever the bytes (fast-check)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        try {
          decodeClientMessage(bytes);
        } catch (error) {
          expect(error).toBeInstanceOf(MalformedMessage);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses every truncation of a valid update', () => {
    const doc = new Y.Doc();
    doc.getMap('card').set('lesson', 'Shadow reports need evidence');
    const frame = syncFrame(2, Y.encodeStateAsUpdate(doc));
    for (let cut = 0; cut < frame.length; cut++) {
      expect(() => decodeClientMessage(frame.subarray(0, cut)), `cut at ${cut}`).toThrow(MalformedMessage);
    }
  });
});

describe('awareness updates', () => {
  it('round-trip through encode and read', () => {
    const entries = [
      { clientId: 7, clock: 3, state: { cursor: { anchor: 1 }, user: { name: 'Ану' } } },
      { clientId: 9, clock: 1, state: null },
    ];
    expect(readAwarenessUpdate(encodeAwarenessUpdate(entries))).toEqual(entries);
  });

  it('refuses states that are not objects', () => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarString(encoder, '[1,2]');
    expect(() => readAwarenessUpdate(encoding.toUint8Array(encoder))).toThrow(MalformedMessage);
  });
});

describe('sync messages the server sends', () => {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, 'Ratify OP-CAT '.repeat(20)); // over 127 bytes: a two-byte length
  const update = Y.encodeStateAsUpdate(doc);
  const asYProtocols = (write: (encoder: encoding.Encoder) => void) => {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    write(encoder);
    return encoding.toUint8Array(encoder);
  };

  it('are encoded byte for byte as y-protocols encodes them', () => {
    expect(encodeSyncStep1(Y.encodeStateVector(doc))).toEqual(asYProtocols((e) => syncProtocol.writeSyncStep1(e, doc)));
    expect(encodeSyncStep2(update)).toEqual(asYProtocols((e) => syncProtocol.writeSyncStep2(e, doc)));
    expect(encodeSyncUpdate(update)).toEqual(asYProtocols((e) => syncProtocol.writeUpdate(e, update)));
  });

  it('relay an update framed as the same message', () => {
    const relayed = syncUpdateMessage(update);
    expect(relayed.payload).toEqual(encodeSyncUpdate(update));
    expect(relayed.frame).toEqual(new OutgoingMessage(encodeSyncUpdate(update)).frame);
  });
});
