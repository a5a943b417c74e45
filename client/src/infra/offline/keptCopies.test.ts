import { afterEach, describe, expect, it } from 'vitest';
import { readStored, writeStored } from '../auth/tokenStore.js';
import { forgetKeptCopies, KEPT_FOR_MS, keepCopy, keptCopyKeys, readKeptCopy } from './keptCopies.js';

const keys = keptCopyKeys('w1', 'participant');
const now = Date.UTC(2026, 11, 4, 9, 0);

describe('what a page keeps on the device to open offline', () => {
  afterEach(() => forgetKeptCopies('w1', 'participant'));

  it('opens the page for two weeks after the last visit online, and each visit renews it', () => {
    keepCopy(keys.me, { name: 'Alice' }, now);
    expect(readKeptCopy(keys.me, now + KEPT_FOR_MS - 1)).toEqual({ name: 'Alice' });
    keepCopy(keys.me, { name: 'Alice' }, now + KEPT_FOR_MS - 1);
    expect(readKeptCopy(keys.me, now + KEPT_FOR_MS + 1)).toEqual({ name: 'Alice' });
  });

  it('is dropped from the device once expired', () => {
    keepCopy(keys.control, { agenda: {} }, now);
    expect(readKeptCopy(keys.control, now + KEPT_FOR_MS)).toBeNull();
    expect(readStored(keys.control)).toBeNull();
  });

  it('drops a copy kept before copies expired, and ignores a damaged one', () => {
    writeStored(keys.me, JSON.stringify({ workshop: { id: 'w1' }, identity: { role: 'participant' } }));
    expect(readKeptCopy(keys.me, now)).toBeNull();
    expect(readStored(keys.me)).toBeNull();
    writeStored(keys.me, '{not json');
    expect(readKeptCopy(keys.me, now)).toBeNull();
  });

  it('forgets both the who-am-I answer and the control state of a refused token, and only those', () => {
    keepCopy(keys.me, { name: 'Alice' }, now);
    keepCopy(keys.control, { agenda: {} }, now);
    const other = keptCopyKeys('w2', 'participant');
    keepCopy(other.me, { name: 'Alice' }, now);
    forgetKeptCopies('w1', 'participant');
    expect(readStored(keys.me)).toBeNull();
    expect(readStored(keys.control)).toBeNull();
    expect(readKeptCopy(other.me, now)).toEqual({ name: 'Alice' });
    forgetKeptCopies('w2', 'participant');
  });
});
