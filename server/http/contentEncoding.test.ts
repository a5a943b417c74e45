import { describe, expect, it } from 'vitest';
import { chooseEncoding, ENCODINGS, type Encoding } from './contentEncoding.js';

const pick = (header: string | undefined, available: readonly Encoding[] = ENCODINGS) => chooseEncoding(header, available)?.name ?? 'identity';
const gzipOnly = ENCODINGS.filter((encoding) => encoding.name === 'gzip');

describe('choosing a precompressed copy', () => {
  it('prefers Brotli when the client takes both, whatever order it lists them in', () => {
    expect(pick('gzip, deflate, br, zstd')).toBe('br');
    expect(pick('br, gzip')).toBe('br');
  });

  it('sends gzip to a client without Brotli (Chromium over plain http)', () => {
    expect(pick('gzip, deflate')).toBe('gzip');
  });

  it('follows the client’s q-values, and q=0 refuses', () => {
    expect(pick('br;q=0.5, gzip')).toBe('gzip');
    expect(pick('br;q=0, gzip;q=0')).toBe('identity');
    expect(pick('BR;Q=1')).toBe('br');
  });

  it('reads * as any encoding not named', () => {
    expect(pick('*')).toBe('br');
    expect(pick('br;q=0, *')).toBe('gzip');
  });

  it('sends the file as is without the header, for identity, or when no copy fits', () => {
    expect(pick(undefined)).toBe('identity');
    expect(pick('')).toBe('identity');
    expect(pick('identity')).toBe('identity');
    expect(pick('br', gzipOnly)).toBe('identity');
    expect(pick('gzip;q=abc')).toBe('identity');
  });
});
