/**
 * Reads the sync part of y-websocket frames the server sends (y-protocols format):
 * varUint type (0 = sync), varUint step (0 step 1, 1 step 2, 2 update), varUint8Array payload.
 */
import * as decoding from 'lib0/decoding';

const MESSAGE_SYNC = 0;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

/** A server sync message: its state vector, or an update of stored content. */
export type ServerSyncFrame = { kind: 'state-vector'; stateVector: Uint8Array } | { kind: 'update'; update: Uint8Array };

/** The sync content of a frame, or null for awareness and anything unreadable. */
export function readServerSyncFrame(frame: Uint8Array): ServerSyncFrame | null {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return null;
    const step = decoding.readVarUint(decoder);
    const payload = decoding.readVarUint8Array(decoder);
    if (step === STEP1) return { kind: 'state-vector', stateVector: payload };
    if (step === STEP2 || step === UPDATE) return { kind: 'update', update: payload };
    return null;
  } catch {
    // A frame we cannot read confirms nothing; the provider reports its own decoding errors.
    return null;
  }
}
