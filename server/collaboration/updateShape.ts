/**
 * Checks that a Yjs v1 update is well formed, by reading it the way `Y.decodeUpdate` does
 * (yjs src/utils/updates.js, lazyStructReaderGenerator and readDeleteSet) with the same lib0
 * readers, but without building structs, IDs or contents.
 *
 * Every client update is checked before it is stored, on the path of every keystroke. At one
 * edit every 10 ms the server runs cold, and a full decode touched about twice the code this
 * reading does (BENCHMARKS.md). Whatever `Y.decodeUpdate` refuses, this refuses too: strings
 * go through lib0's fatal UTF-8 decoder and JSON through JSON.parse as in Yjs, and the one rare
 * content it does not mirror (a subdocument), and every update in Yjs's development mode, are
 * handed to `Y.decodeUpdate` itself.
 * updateShape.test.ts compares the two on thousands of damaged updates.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** Item content kinds (yjs src/structs/Item.js, contentRefs); 0 is a GC struct, 10 a Skip. */
const CONTENT_DELETED = 1;
const CONTENT_JSON = 2;
const CONTENT_BINARY = 3;
const CONTENT_STRING = 4;
const CONTENT_EMBED = 5;
const CONTENT_FORMAT = 6;
const CONTENT_TYPE = 7;
const CONTENT_ANY = 8;
const CONTENT_DOC = 9;
const SKIP = 10;
/** Shared type refs (yjs src/structs/ContentType.js, typeRefs): an XML element and hook carry a name. */
const TYPE_XML_ELEMENT = 3;
const TYPE_XML_HOOK = 5;
const LAST_TYPE_REF = 6;

const BITS5 = 0b11111;
const HAS_ORIGIN = 0b1000_0000;
const HAS_RIGHT_ORIGIN = 0b0100_0000;
const HAS_PARENT_SUB = 0b0010_0000;

/**
 * Thrown for an unknown content or shared type. Other refusals come from lib0's readers, the
 * UTF-8 decoder or JSON.parse, as they do in Yjs: callers catch every error.
 */
export class MalformedUpdate extends Error {}

/**
 * In development mode Yjs deep-freezes ContentAny values, which throws on a non-empty
 * Uint8Array inside one; this reading does not mirror that, so there Yjs decides by itself.
 */
const YJS_DEV_MODE = process.env.NODE_ENV === 'development';

/**
 * Reads the whole update and tells whether it holds anything: no structs and no deletions is
 * what every stock client answers to the server's sync step 1. Throws on a malformed update.
 */
export function readUpdateShape(update: Uint8Array): { empty: boolean } {
  if (YJS_DEV_MODE) return shapeByDecoding(update);
  const decoder = decoding.createDecoder(update);
  const structs = readStructs(decoder);
  if (structs === 'subdocument') return shapeByDecoding(update);
  const deletions = readDeletions(decoder);
  return { empty: structs === 0 && deletions === 0 };
}

function shapeByDecoding(update: Uint8Array): { empty: boolean } {
  const { structs, ds } = Y.decodeUpdate(update);
  return { empty: structs.length === 0 && ds.clients.size === 0 };
}

function readStructs(decoder: decoding.Decoder): number | 'subdocument' {
  let count = 0;
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    const structs = decoding.readVarUint(decoder);
    decoding.readVarUint(decoder); // client
    decoding.readVarUint(decoder); // clock
    for (let s = 0; s < structs; s++) {
      // Past the end lib0 reads undefined here, and Yjs goes on to read a GC's length and throws.
      const info = decoding.readUint8(decoder);
      count++;
      if (info === SKIP || (info & BITS5) === 0) {
        decoding.readVarUint(decoder); // length
        continue;
      }
      if (readItem(decoder, info) === 'subdocument') return 'subdocument';
    }
  }
  return count;
}

function readItem(decoder: decoding.Decoder, info: number): void | 'subdocument' {
  if (info & HAS_ORIGIN) readId(decoder);
  if (info & HAS_RIGHT_ORIGIN) readId(decoder);
  if ((info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0) {
    if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder); // a root type's name
    else readId(decoder); // the parent item
    if (info & HAS_PARENT_SUB) decoding.readVarString(decoder); // the key in a map
  }
  return readContent(decoder, info & BITS5);
}

function readContent(decoder: decoding.Decoder, kind: number): void | 'subdocument' {
  switch (kind) {
    case CONTENT_DELETED:
      decoding.readVarUint(decoder);
      return;
    case CONTENT_JSON:
      for (let n = decoding.readVarUint(decoder); n > 0; n--) {
        const json = decoding.readVarString(decoder);
        if (json !== 'undefined') JSON.parse(json);
      }
      return;
    case CONTENT_BINARY:
      decoding.readVarUint8Array(decoder);
      return;
    case CONTENT_STRING:
      decoding.readVarString(decoder);
      return;
    case CONTENT_EMBED:
      JSON.parse(decoding.readVarString(decoder));
      return;
    case CONTENT_FORMAT:
      decoding.readVarString(decoder);
      JSON.parse(decoding.readVarString(decoder));
      return;
    case CONTENT_TYPE:
      readTypeRef(decoder);
      return;
    case CONTENT_ANY:
      for (let n = decoding.readVarUint(decoder); n > 0; n--) decoding.readAny(decoder);
      return;
    case CONTENT_DOC:
      return 'subdocument';
    default:
      throw new MalformedUpdate(`unknown item content ${kind}`);
  }
}

function readTypeRef(decoder: decoding.Decoder): void {
  const ref = decoding.readVarUint(decoder);
  if (ref > LAST_TYPE_REF) throw new MalformedUpdate(`unknown shared type ${ref}`);
  if (ref === TYPE_XML_ELEMENT || ref === TYPE_XML_HOOK) decoding.readVarString(decoder);
}

function readId(decoder: decoding.Decoder): void {
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
}

/** The delete set; returns how many deleted ranges it names. */
function readDeletions(decoder: decoding.Decoder): number {
  let ranges = 0;
  const clients = decoding.readVarUint(decoder);
  for (let c = 0; c < clients; c++) {
    decoding.readVarUint(decoder); // client
    const count = decoding.readVarUint(decoder);
    for (let d = 0; d < count; d++) readId(decoder); // clock and length
    ranges += count;
  }
  return ranges;
}
