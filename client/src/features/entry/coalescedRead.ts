/**
 * A read asked for far more often than it needs to run: the roster, asked on every arrival, when
 * 200 people arrive within a minute. The first ask runs at once; asks during a run or within
 * `windowMs` of the last start are folded into one trailing run, so the last ask is always
 * answered and never more than one read is under way.
 */
export interface CoalescedRead {
  /** Asks for a read; answered at once or by the next trailing run. */
  ask(): void;
  /** Stops a trailing run (unmount); a read under way finishes. */
  cancel(): void;
}

export function coalescedRead(read: () => Promise<unknown>, windowMs: number, now: () => number = Date.now): CoalescedRead {
  let running = false;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastStart = -Infinity;
  let cancelled = false;

  const schedule = () => {
    if (timer || running || cancelled) return;
    const wait = lastStart + windowMs - now();
    if (wait > 0) timer = setTimeout(run, wait);
    else run();
  };
  function run() {
    timer = null;
    pending = false;
    running = true;
    lastStart = now();
    // A failed read is the caller's to show; the next ask reads again.
    void read()
      .catch(() => undefined)
      .finally(() => {
        running = false;
        if (pending) schedule();
      });
  }

  return {
    ask() {
      pending = true;
      schedule();
    },
    cancel() {
      cancelled = true;
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
