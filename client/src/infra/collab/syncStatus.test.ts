import { describe, expect, it } from 'vitest';
import { syncStatusOf, type SyncFacts } from './syncStatus.js';

const base: SyncFacts = { online: true, connected: true, synced: true, attemptedBefore: true, allStored: true, refused: false };

describe('syncStatusOf', () => {
  it('says stored only when connected, synced and nothing is pending', () => {
    expect(syncStatusOf(base)).toBe('stored');
    expect(syncStatusOf({ ...base, allStored: false })).toBe('saving');
    expect(syncStatusOf({ ...base, synced: false })).toBe('connecting');
  });

  it('is offline when the browser is offline or a connection was lost', () => {
    expect(syncStatusOf({ ...base, online: false })).toBe('offline');
    expect(syncStatusOf({ ...base, connected: false })).toBe('offline');
  });

  it('is connecting on the very first attempt', () => {
    expect(syncStatusOf({ ...base, connected: false, synced: false, attemptedBefore: false })).toBe('connecting');
  });

  it('reports a refused token above all', () => {
    expect(syncStatusOf({ ...base, online: false, refused: true })).toBe('refused');
  });
});
