import { afterEach, describe, expect, it, vi } from 'vitest';
import { PROTOCOL_VERSION, type WorkshopState } from '../../../../shared/events.js';
import { readStored, writeStored } from '../auth/tokenStore.js';
import { LastKnownStateWriter, lastKnownStateKey, readLastKnownState } from './lastKnownState.js';

const key = lastKnownStateKey('w1', 'participant');
const stateAt = (serverTime: number, protocolVersion = PROTOCOL_VERSION) => ({ agenda: { days: [] }, serverTime, protocolVersion }) as unknown as WorkshopState;

describe('the last known control state', () => {
  afterEach(() => {
    vi.useRealTimers();
    writeStored(key, null);
  });

  it('is written at once, then at most once a second, ending with the latest', () => {
    vi.useFakeTimers();
    const writer = new LastKnownStateWriter(key);
    writer.note({ state: stateAt(1), clockOffsetMs: 5 });
    expect(readLastKnownState(key)).toEqual({ state: stateAt(1), clockOffsetMs: 5 });
    writer.note({ state: stateAt(2), clockOffsetMs: 5 });
    writer.note({ state: stateAt(3), clockOffsetMs: 5 });
    expect(readLastKnownState(key)?.state.serverTime).toBe(1);
    vi.advanceTimersByTime(1000);
    expect(readLastKnownState(key)?.state.serverTime).toBe(3);
  });

  it('a page going away writes the waiting state at once', () => {
    vi.useFakeTimers();
    const writer = new LastKnownStateWriter(key);
    writer.note({ state: stateAt(1), clockOffsetMs: 0 });
    writer.note({ state: stateAt(2), clockOffsetMs: 0 });
    writer.flush();
    expect(readLastKnownState(key)?.state.serverTime).toBe(2);
  });

  it('a damaged or foreign copy is not used', () => {
    writeStored(key, '{not json');
    expect(readLastKnownState(key)).toBeNull();
    writeStored(key, JSON.stringify({ state: { something: 'else' } }));
    expect(readLastKnownState(key)).toBeNull();
    expect(readStored(lastKnownStateKey('other', 'participant'))).toBeNull();
  });

  it('a state of another protocol version is not used: this page could misread it', () => {
    const writer = new LastKnownStateWriter(key);
    writer.note({ state: stateAt(1, PROTOCOL_VERSION + 1), clockOffsetMs: 0 });
    expect(readLastKnownState(key)).toBeNull();
  });
});
