import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { readServerSyncFrame } from './serverFrames.js';

function frame(type: number, step: number | null, payload: Uint8Array | null): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (step !== null) encoding.writeVarUint(encoder, step);
  if (payload) encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

describe('readServerSyncFrame', () => {
  const payload = new Uint8Array([1, 2, 3]);

  it('reads step 1 as the server state vector', () => {
    expect(readServerSyncFrame(frame(0, 0, payload))).toEqual({ kind: 'state-vector', stateVector: payload });
  });

  it('reads step 2 and relayed updates as stored updates', () => {
    expect(readServerSyncFrame(frame(0, 1, payload))).toEqual({ kind: 'update', update: payload });
    expect(readServerSyncFrame(frame(0, 2, payload))).toEqual({ kind: 'update', update: payload });
  });

  it('ignores awareness and truncated frames', () => {
    expect(readServerSyncFrame(frame(1, null, payload))).toBeNull();
    expect(readServerSyncFrame(new Uint8Array([0, 1]))).toBeNull();
  });
});
