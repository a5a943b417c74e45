import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeadlineExceeded, withDeadline } from './withDeadline.js';

afterEach(() => {
  vi.useRealTimers();
});

describe('withDeadline', () => {
  it('settles as the promise does when it settles in time', async () => {
    await expect(withDeadline(Promise.resolve('stored'), 1000, 'the store')).resolves.toBe('stored');
    await expect(withDeadline(Promise.reject(new Error('disk full')), 1000, 'the store')).rejects.toThrow('disk full');
  });

  it('rejects naming what it waited for once the deadline passes, and leaves no timer behind', async () => {
    vi.useFakeTimers();
    const waiting = withDeadline(new Promise<never>(() => undefined), 3000, 'the charter room to settle');
    const outcome = expect(waiting).rejects.toThrow(new DeadlineExceeded('the charter room to settle', 3000));
    await vi.advanceTimersByTimeAsync(3000);
    await outcome;
    expect(vi.getTimerCount()).toBe(0);
  });
});
