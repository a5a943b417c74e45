/**
 * The update journal's file format. Each batch of Yjs updates stored for one document is one
 * self-checking record, appended whole:
 *
 *   record  = u32le(length of body) u32le(crc32 of body) body
 *   body    = varUint(first seq) varString(document) varUint(count) count × varUint8Array(update)
 *
 * The updates of a record take the sequence numbers first, first + 1, … A record that runs past
 * the end of the file or fails its checksum ends what can be read: after a power cut the last
 * write may be torn, and nothing after a damaged record can be trusted to start where it seems to.
 */
import zlib from 'node:zlib';
import * as decoding from 'lib0/decoding';
import { varUintLength, writeVarUint } from '../../../../server/util/varUint.js';

/** One appended batch: the updates of one document, in order, numbered from `firstSeq`. */
export interface JournalRecord {
  firstSeq: number;
  document: string;
  updates: Uint8Array[];
}

/** What could be read of a journal file, and where and why reading stopped early, if it did. */
export interface JournalContents {
  records: JournalRecord[];
  /** Bytes of the file covered by `records`. */
  validBytes: number;
  /** Why the bytes after `validBytes` were not read; null when the file ended cleanly. */
  problem: string | null;
}

const HEADER_BYTES = 8;
/** Larger than any batch a room stores (frames are capped far below); a larger length is damage. */
const MAX_BODY_BYTES = 1 << 30;

/**
 * Encodes one record, header included, ready to append. Written straight into one buffer: it is
 * on the path of every keystroke, and lib0's growing encoder would allocate and copy twice.
 */
export function encodeJournalRecord(record: JournalRecord): Buffer {
  const documentBytes = Buffer.byteLength(record.document, 'utf8');
  let bodyLength = varUintLength(record.firstSeq) + varUintLength(documentBytes) + documentBytes + varUintLength(record.updates.length);
  for (const update of record.updates) bodyLength += varUintLength(update.byteLength) + update.byteLength;
  const framed = Buffer.allocUnsafe(HEADER_BYTES + bodyLength);
  let offset = writeVarUint(framed, HEADER_BYTES, record.firstSeq);
  offset = writeVarUint(framed, offset, documentBytes);
  offset += framed.write(record.document, offset, 'utf8');
  offset = writeVarUint(framed, offset, record.updates.length);
  for (const update of record.updates) {
    offset = writeVarUint(framed, offset, update.byteLength);
    framed.set(update, offset);
    offset += update.byteLength;
  }
  const body = framed.subarray(HEADER_BYTES);
  framed.writeUInt32LE(bodyLength, 0);
  framed.writeUInt32LE(zlib.crc32(body), 4);
  return framed;
}

/** Reads every intact record from the start of a journal file's bytes. */
export function readJournal(bytes: Uint8Array): JournalContents {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: JournalRecord[] = [];
  let offset = 0;
  while (offset < view.byteLength) {
    const stop = (problem: string): JournalContents => ({ records, validBytes: offset, problem: `${problem} at byte ${offset}` });
    if (view.byteLength - offset < HEADER_BYTES) return stop('truncated record header');
    const length = view.readUInt32LE(offset);
    if (length > MAX_BODY_BYTES) return stop(`implausible record length ${length}`);
    if (offset + HEADER_BYTES + length > view.byteLength) return stop('truncated record');
    const body = view.subarray(offset + HEADER_BYTES, offset + HEADER_BYTES + length);
    if (zlib.crc32(body) !== view.readUInt32LE(offset + 4)) return stop('checksum mismatch');
    const record = decodeBody(body);
    if (!record) return stop('undecodable record');
    records.push(record);
    offset += HEADER_BYTES + length;
  }
  return { records, validBytes: offset, problem: null };
}

function decodeBody(body: Uint8Array): JournalRecord | null {
  try {
    const decoder = decoding.createDecoder(body);
    const firstSeq = decoding.readVarUint(decoder);
    const document = decoding.readVarString(decoder);
    const count = decoding.readVarUint(decoder);
    const updates: Uint8Array[] = [];
    // Copies, so the records do not pin the whole file's buffer.
    for (let i = 0; i < count; i++) updates.push(Uint8Array.from(decoding.readVarUint8Array(decoder)));
    return decoding.hasContent(decoder) ? null : { firstSeq, document, updates };
  } catch {
    // lib0 throws on reading past the end: a checksum collision over garbage, nothing more to say.
    return null;
  }
}
