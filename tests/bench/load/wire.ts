/**
 * Just enough of the y-websocket wire format for light clients:
 *   message = varUint(type) payload; type 0 = sync: varUint(0 step1 | 1 step2 | 2 update) varUint8Array
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** Sync step 1 with an empty state vector: "send me everything". */
export const EMPTY_STEP1 = Uint8Array.of(MESSAGE_SYNC, SYNC_STEP1, 1, 0);
/** Sync step 2 with an empty update, what a fresh stock client answers to the server's step 1. */
export const EMPTY_STEP2 = Uint8Array.of(MESSAGE_SYNC, SYNC_STEP2, 2, 0, 0);

/** The sync step of a frame, or null for awareness and other message types. */
export function syncStepOf(frame: Uint8Array): number | null {
  return frame[0] === MESSAGE_SYNC && frame.length > 1 ? (frame[1] ?? null) : null;
}

/** The Yjs payload (state vector or update) of a sync frame. */
export function syncPayload(frame: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Wraps a Yjs update as a sync update message. */
export const encodeUpdateMessage = (update: Uint8Array) => syncMessage(SYNC_UPDATE, update);
/** Wraps a state vector as sync step 1. */
export const encodeStep1 = (stateVector: Uint8Array) => syncMessage(SYNC_STEP1, stateVector);
