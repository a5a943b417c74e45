import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from './sha256.js';

const text = 'Хартийн төсөл\n\n1. Ratify the Optional Protocol — “now”.';
const expected = createHash('sha256').update(text, 'utf8').digest('hex');

describe('the charter hash on the client', () => {
  it('equals the server’s with SubtleCrypto', async () => {
    expect(await sha256Hex(text, globalThis.crypto.subtle)).toBe(expected);
  });

  it('equals the server’s without it, as on a plain-http LAN address', async () => {
    expect(await sha256Hex(text, undefined)).toBe(expected);
  });
});
