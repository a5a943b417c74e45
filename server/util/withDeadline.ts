/**
 * Bounds a wait. JavaScript cannot cancel a promise, so the work itself runs on after the
 * deadline; callers give up waiting for it, and must leave things consistent themselves.
 */

/** The wait for `what` took longer than its deadline. */
export class DeadlineExceeded extends Error {
  constructor(
    readonly what: string,
    readonly ms: number,
  ) {
    super(`waited ${ms} ms for ${what}`);
  }
}

/** Settles as `promise` does, or rejects with DeadlineExceeded once `ms` have passed. */
export function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new DeadlineExceeded(what, ms)), ms);
  });
  // The race handles a late rejection of `promise` too, so it never goes unhandled.
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
