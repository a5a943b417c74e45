/** Forks the load generator with its plan and hands its IPC events out one type at a time. */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { LoadEvent, LoadGo, LoadPlan, LoadResult } from './protocol.js';

/** The orchestrator's handle on one load child. */
export interface LoadProcess {
  pid: number;
  /** Resolves with the next event of this type; rejects if the load fails or exits first. */
  next<T extends LoadEvent['type']>(type: T, timeoutMs: number): Promise<Extract<LoadEvent, { type: T }>>;
  go(): void;
  result(timeoutMs: number): Promise<LoadResult>;
  kill(): void;
}

type Waiter = { type: LoadEvent['type']; settle: (event: LoadEvent | Error) => void };

/** Forks the load child with `plan` as its argument. */
export function startLoadProcess(plan: LoadPlan): LoadProcess {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'load/main.ts'), [JSON.stringify(plan)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // Events are handed out as they arrive (no polling: the orchestrator must stay quiet on a
  // two-core machine); events nobody waits for yet are kept in order.
  const unclaimed: LoadEvent[] = [];
  const waiters: Waiter[] = [];
  let exited = false;
  child.on('message', (event: LoadEvent) => {
    const index = waiters.findIndex((waiter) => event.type === 'failed' || waiter.type === event.type);
    if (index === -1) unclaimed.push(event);
    else waiters.splice(index, 1)[0]?.settle(event);
  });
  child.once('exit', () => {
    exited = true;
    for (const waiter of waiters.splice(0)) waiter.settle(new Error(`load process exited before "${waiter.type}"`));
  });

  const next = <T extends LoadEvent['type']>(type: T, timeoutMs: number) =>
    new Promise<Extract<LoadEvent, { type: T }>>((resolve, reject) => {
      const settle = (event: LoadEvent | Error) => {
        clearTimeout(timer);
        if (event instanceof Error) reject(event);
        else if (event.type === 'failed') reject(new Error(`load process failed: ${event.message}`));
        else resolve(event as Extract<LoadEvent, { type: T }>);
      };
      const timer = setTimeout(() => {
        const index = waiters.findIndex((waiter) => waiter.settle === settle);
        if (index !== -1) waiters.splice(index, 1);
        reject(new Error(`load process: no "${type}" within ${timeoutMs} ms`));
      }, timeoutMs);
      const index = unclaimed.findIndex((event) => event.type === type || event.type === 'failed');
      if (index !== -1) settle(unclaimed.splice(index, 1)[0] as LoadEvent);
      else if (exited) settle(new Error(`load process exited before "${type}"`));
      else waiters.push({ type, settle });
    });

  return {
    pid: child.pid ?? -1,
    next,
    go: () => child.send({ type: 'go' } satisfies LoadGo),
    result: async (timeoutMs) => (await next('result', timeoutMs)).result,
    kill: () => {
      if (!exited) child.kill('SIGKILL');
    },
  };
}
