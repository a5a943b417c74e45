import { describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../../../shared/events.js';
import { isNewerProtocol } from './appUpdate.js';

describe('a server updated under an open page', () => {
  it('is noticed only when it speaks a protocol newer than the page', () => {
    expect(isNewerProtocol(PROTOCOL_VERSION + 1)).toBe(true);
    expect(isNewerProtocol(PROTOCOL_VERSION)).toBe(false);
    // An older server (a page built ahead of it) is not a reason to reload, nor is a state without a version.
    expect(isNewerProtocol(PROTOCOL_VERSION - 1)).toBe(false);
    expect(isNewerProtocol(undefined)).toBe(false);
  });
});
