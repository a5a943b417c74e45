import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { coalescedRead } from './coalescedRead.js';

describe('a coalesced read', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  /** A read that takes `ms` of fake time, counting its starts. */
  function slowRead(ms: number) {
    let reads = 0;
    let lastStart = 0;
    const read = () => {
      reads += 1;
      lastStart = Date.now();
      return new Promise<void>((resolve) => setTimeout(resolve, ms));
    };
    return { read, reads: () => reads, lastStart: () => lastStart };
  }

  it('200 arrivals within four seconds cause a handful of roster reads, and the last arrival is read', async () => {
    const { read, reads, lastStart } = slowRead(150);
    const roster = coalescedRead(read, 1000);
    let lastArrival = 0;
    for (let arrival = 0; arrival < 200; arrival++) {
      roster.ask();
      lastArrival = Date.now();
      await vi.advanceTimersByTimeAsync(20);
    }
    await vi.advanceTimersByTimeAsync(3000);
    expect(reads()).toBeLessThanOrEqual(6);
    // The roster shown was read after the last arrival.
    expect(lastStart()).toBeGreaterThanOrEqual(lastArrival);
  });

  it('reads at once when quiet, never two at a time, and not after cancel', async () => {
    const { read, reads } = slowRead(3000);
    const roster = coalescedRead(read, 1000);
    roster.ask();
    expect(reads()).toBe(1);
    roster.ask();
    await vi.advanceTimersByTimeAsync(2000);
    expect(reads()).toBe(1); // the first is still under way
    await vi.advanceTimersByTimeAsync(1000);
    expect(reads()).toBe(2);
    roster.ask();
    roster.cancel();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(reads()).toBe(2);
  });

  it('keeps reading after a failed read', async () => {
    let reads = 0;
    const roster = coalescedRead(() => (reads++, Promise.reject(new Error('offline'))), 100);
    roster.ask();
    await vi.advanceTimersByTimeAsync(200);
    roster.ask();
    await vi.advanceTimersByTimeAsync(200);
    expect(reads).toBe(2);
  });
});
