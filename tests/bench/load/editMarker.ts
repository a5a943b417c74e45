/**
 * Every measured edit inserts `«e<id>» `. Yjs v1 updates carry inserted strings as plain UTF-8,
 * so a receiver finds which edits a frame delivers with a native byte search, without decoding
 * the update: the cheapest honest check, since the text is in the frame only if the edit is.
 */
const OPEN = Buffer.from('«e', 'utf8');
const CLOSE_FIRST = 0xc2;
const CLOSE_SECOND = 0xbb; // '»' is C2 BB
const DIGIT_0 = 0x30;
const DIGIT_9 = 0x39;

/** The text one edit inserts. */
export const markerText = (id: number): string => `«e${id}» `;

/** Calls `onId` for every edit marker in the bytes, in order. */
export function scanMarkers(bytes: Uint8Array, onId: (id: number) => void): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buffer.indexOf(OPEN);
  while (at !== -1) {
    let i = at + OPEN.length;
    let id = 0;
    let digits = 0;
    for (let byte = buffer[i] ?? 0; byte >= DIGIT_0 && byte <= DIGIT_9; byte = buffer[i] ?? 0) {
      id = id * 10 + (byte - DIGIT_0);
      digits += 1;
      i += 1;
    }
    if (digits > 0 && buffer[i] === CLOSE_FIRST && buffer[i + 1] === CLOSE_SECOND) onId(id);
    at = buffer.indexOf(OPEN, i);
  }
}

/** Counts the distinct edit markers in a document's text. */
export function countMarkers(text: string): Set<number> {
  const ids = new Set<number>();
  for (const match of text.matchAll(/«e(\d+)»/g)) ids.add(Number(match[1]));
  return ids;
}
