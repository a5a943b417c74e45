import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import { varUintLength, writeVarUint } from './varUint.js';

describe('varUint', () => {
  it('writes exactly the bytes lib0 writes, in the length it predicts (fast-check)', () => {
    const edges = [0, 127, 128, 16_383, 16_384, 2 ** 32, Number.MAX_SAFE_INTEGER].map((n) => fc.constant(n));
    fc.assert(
      fc.property(fc.oneof(fc.nat(), fc.maxSafeNat(), ...edges), (value) => {
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, value);
        const expected = encoding.toUint8Array(encoder);
        const written = new Uint8Array(varUintLength(value) + 1);
        expect(writeVarUint(written, 1, value)).toBe(written.byteLength);
        expect(written.subarray(1)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
