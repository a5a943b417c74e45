/** The load child's side of the IPC channel to the orchestrator. */
import type { LoadEvent, LoadGo } from '../protocol.js';

/** Tells the orchestrator something happened (a no-op when run without a parent). */
export function tell(event: LoadEvent): void {
  process.send?.(event);
}

/** Resolves when the orchestrator says go (at once when run without a parent). */
export function waitForGo(): Promise<void> {
  if (!process.send) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = (message: LoadGo) => {
      if (message.type !== 'go') return;
      process.off('message', listener);
      resolve();
    };
    process.on('message', listener);
  });
}

/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until the condition holds or the time is up; returns whether it held. */
export async function pollUntil(condition: () => boolean, timeoutMs: number, everyMs = 20): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(everyMs);
  }
  return true;
}

/** Rejects with `what` if the promise does not settle within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
