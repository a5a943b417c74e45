/**
 * A per-address fixed-window limit. Generous by design: a whole venue shares one public
 * address, so the limit stops scripts, not rooms full of people.
 */
import type { RequestHandler } from 'express';
import { rateLimited } from '../errors.js';

const WINDOW_MS = 60_000;

export function rateLimitPerAddress(maxPerMinute: number): RequestHandler {
  const windows = new Map<string, { startedAt: number; count: number }>();
  const sweep = setInterval(() => {
    const now = Date.now();
    for (const [address, window] of windows) if (now - window.startedAt >= WINDOW_MS) windows.delete(address);
  }, WINDOW_MS);
  sweep.unref();

  return (request, _response, next) => {
    const address = request.ip ?? 'unknown';
    const now = Date.now();
    let window = windows.get(address);
    if (!window || now - window.startedAt >= WINDOW_MS) {
      window = { startedAt: now, count: 0 };
      windows.set(address, window);
    }
    window.count += 1;
    next(window.count > maxPerMinute ? rateLimited() : undefined);
  };
}
