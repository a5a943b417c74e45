/** Starts one server kind as a child process and talks to it over IPC. */
import { type ChildProcess, fork } from 'node:child_process';
import path from 'node:path';
import type { ServerKind } from './config.js';
import type { MemorySample, ServerReply, ServerRequest, StoreStats } from './protocol.js';

const ENTRY: Record<ServerKind, string> = {
  convene: 'servers/conveneServer.ts',
  reference: 'servers/referenceServer.ts',
  relay: 'servers/relayServer.ts',
};
const START_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 15_000;

/** The orchestrator's handle on one server child. */
export interface ServerProcess {
  kind: ServerKind;
  pid: number;
  port: number;
  organiserKey: string | null;
  memory(): Promise<MemorySample>;
  storeStats(): Promise<StoreStats | null>;
  stop(): Promise<void>;
}

function nextReply<T extends ServerReply['type']>(child: ChildProcess, type: T, timeoutMs: number): Promise<Extract<ServerReply, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`server child: no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: ServerReply) => message.type === type && finish(null, message as Extract<ServerReply, { type: T }>);
    const onExit = (code: number | null) => finish(new Error(`server child exited (${code}) before "${type}"`));
    function finish(error: Error | null, message?: Extract<ServerReply, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (message) resolve(message);
      else reject(error ?? new Error(`server child: no "${type}"`));
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** With BENCH_CPU_PROFILE=1 each server child writes a V8 CPU profile here when it stops. */
const PROFILE_DIR = path.resolve(import.meta.dirname, '../../bench-results/profiles');

function nodeOptions(): string[] {
  const options = ['--import', 'tsx', '--expose-gc'];
  if (process.env.BENCH_CPU_PROFILE === '1') options.push('--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`);
  return options;
}

/** Another entry for a kind of server (a variant of ours, as `npm run bench:storage` runs), and its environment. */
export interface ServerVariant {
  entry: string;
  env: Record<string, string>;
}

/** Forks the server child with GC exposed (for memory samples) and waits until it listens. */
export async function startServerProcess(kind: ServerKind, variant?: ServerVariant): Promise<ServerProcess> {
  const child = fork(variant?.entry ?? path.join(import.meta.dirname, ENTRY[kind]), [], {
    execArgv: nodeOptions(),
    env: { ...process.env, ...variant?.env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = await nextReply(child, 'ready', START_TIMEOUT_MS);
  const request = (message: ServerRequest) => child.send(message);
  return {
    kind,
    pid: child.pid ?? -1,
    port: ready.port,
    organiserKey: ready.organiserKey,
    async memory() {
      const reply = nextReply(child, 'memory', 10_000);
      request({ type: 'memory' });
      const { rss, heapUsed, external } = await reply;
      return { rss, heapUsed, external };
    },
    async storeStats() {
      const reply = nextReply(child, 'store-stats', 10_000);
      request({ type: 'store-stats' });
      return (await reply).stats;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      request({ type: 'stop' });
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
