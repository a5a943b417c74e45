/**
 * The y-websocket wire format (y-protocols): decoding what clients send, strictly, and
 * encoding what the server sends. Anything that does not decode completely is malformed.
 *
 *   message   = varUint(type) payload
 *   type 0    = sync:      varUint(0 step1 | 1 step2 | 2 update) varUint8Array
 *   type 1    = awareness: varUint8Array(awareness update)
 *   type 3    = query awareness (no payload)
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { varUintLength, writeVarUint } from '../util/varUint.js';
import { OutgoingMessage } from './OutgoingMessage.js';
import { readUpdateShape } from './updateShape.js';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'sync-step1'; stateVector: Uint8Array }
  | { kind: 'sync-step2' | 'update'; update: Uint8Array; /** no structs and no deletions */ empty: boolean }
  | { kind: 'awareness'; entries: AwarenessEntry[] }
  | { kind: 'query-awareness' };

/** One client's awareness state; `state` null means the client left. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Raised for any frame that is not a complete, valid y-websocket message. */
export class MalformedMessage extends Error {}

/** Decodes one client frame completely, validating Yjs payloads without touching any document. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const message = readMessage(decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes after the message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage(error instanceof Error ? error.message : 'undecodable frame');
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder);
  switch (type) {
    case MESSAGE_SYNC:
      return readSync(decoder);
    case MESSAGE_AWARENESS:
      return { kind: 'awareness', entries: readAwarenessUpdate(decoding.readVarUint8Array(decoder)) };
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    default:
      throw new MalformedMessage(`unknown message type ${type}`);
  }
}

function readSync(decoder: decoding.Decoder): ClientMessage {
  const step = decoding.readVarUint(decoder);
  const payload = decoding.readVarUint8Array(decoder);
  if (step === SYNC_STEP1) {
    Y.decodeStateVector(payload);
    return { kind: 'sync-step1', stateVector: payload };
  }
  if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
    // Reads structs and delete set as Y.decodeUpdate does: throws on truncated or nonsensical updates.
    const { empty } = readUpdateShape(payload);
    return { kind: step === SYNC_STEP2 ? 'sync-step2' : 'update', update: payload, empty };
  }
  throw new MalformedMessage(`unknown sync step ${step}`);
}

/** Decodes an awareness update (y-protocols/awareness format) without applying it. */
export function readAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const parsed: unknown = JSON.parse(decoding.readVarString(decoder));
    if (parsed !== null && (typeof parsed !== 'object' || Array.isArray(parsed))) {
      throw new MalformedMessage('an awareness state must be an object or null');
    }
    entries.push({ clientId, clock, state: parsed as Record<string, unknown> | null });
  }
  if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes in awareness update');
  return entries;
}

/** Encodes awareness entries in the y-protocols format. */
export function encodeAwarenessUpdate(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/** Bytes of a sync message carrying `payload`: type, step, the payload's length, the payload. */
const syncMessageLength = (payload: Uint8Array) => 2 + varUintLength(payload.byteLength) + payload.byteLength;

function writeSyncMessage(into: Uint8Array, step: number, payload: Uint8Array): void {
  into[0] = MESSAGE_SYNC;
  into[1] = step;
  into.set(payload, writeVarUint(into, 2, payload.byteLength));
}

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const message = new Uint8Array(syncMessageLength(payload));
  writeSyncMessage(message, step, payload);
  return message;
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => syncMessage(SYNC_STEP1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => syncMessage(SYNC_STEP2, update);
export const encodeSyncUpdate = (update: Uint8Array) => syncMessage(SYNC_UPDATE, update);

/** A relayed update, framed for the wire as it is built: this is sent for every edit. */
export const syncUpdateMessage = (update: Uint8Array) =>
  OutgoingMessage.build(syncMessageLength(update), (into) => writeSyncMessage(into, SYNC_UPDATE, update));

/** Wraps an awareness update as a message. */
export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
