/**
 * lib0's variable-length unsigned integer (seven bits a byte, low bits first, the high bit set
 * on all but the last), written straight into a buffer of known size. lib0's growing encoder
 * allocates and copies twice; the journal records and the relayed messages, built for every
 * edit, are sized first and written once.
 */

/** Bytes `value` takes as a varUint. */
export function varUintLength(value: number): number {
  let length = 1;
  for (let rest = Math.floor(value / 128); rest > 0; rest = Math.floor(rest / 128)) length += 1;
  return length;
}

/** Writes `value` at `offset` and returns the offset after it. */
export function writeVarUint(target: Uint8Array, offset: number, value: number): number {
  let rest = value;
  while (rest > 127) {
    target[offset++] = 0x80 | (rest % 128);
    rest = Math.floor(rest / 128);
  }
  target[offset++] = rest;
  return offset;
}
