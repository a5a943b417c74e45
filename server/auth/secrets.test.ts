import { describe, expect, it } from 'vitest';
import { JOIN_CODE_ALPHABET } from '../../shared/api.js';
import { hashToken, newJoinCode, newToken, secretsEqual } from './secrets.js';

describe('secrets', () => {
  it('makes unguessable tokens and stores only their hash', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    const [token] = tokens;
    expect(hashToken(token!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token!)).not.toContain(token!);
  });

  it('compares secrets of any length without throwing', () => {
    expect(secretsEqual('key', 'key')).toBe(true);
    expect(secretsEqual('key', 'key2')).toBe(false);
    expect(secretsEqual('', 'a-long-organiser-key')).toBe(false);
  });

  it('draws join codes from the readable alphabet only', () => {
    for (let i = 0; i < 200; i++) {
      for (const char of newJoinCode()) expect(JOIN_CODE_ALPHABET).toContain(char);
    }
  });
});
