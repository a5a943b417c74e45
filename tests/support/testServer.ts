/**
 * Starts the real server for a test: in this process (fast, for most tests) or as a child
 * process (for kill -9 and SIGTERM). Always on port 0 with a fresh data folder.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer, type RunningServer, type StartOptions } from '../../server/ConveneServer.js';

/** A fresh, empty data folder under the system's temporary directory. */
export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'convene-test-'));
}

/**
 * Starts the server in this process. It sees no network interface unless a test gives it some,
 * so the links it hands out say localhost, as `url` does, on any machine.
 */
export async function startTestServer(options: Partial<StartOptions> = {}): Promise<RunningServer & { dataDir: string }> {
  process.env.LOG_LEVEL ??= 'silent';
  const dataDir = options.dataDir ?? freshDataDir();
  const server = await startServer({ port: 0, idleUnloadMs: 100, networkInterfaces: () => ({}), ...options, dataDir });
  return Object.assign(server, { dataDir });
}

export interface ChildServer {
  url: string;
  port: number;
  process: ChildProcess;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The compiled server `npm run build` writes and `npm start` runs. */
export const COMPILED_SERVER = path.join(ROOT, 'dist/server/server/index.js');

/**
 * Starts the server as a child process: from the sources through tsx (the default, no build
 * needed), or the compiled one exactly as `npm start` runs it.
 */
export async function startChildServer(dataDir: string, env: Record<string, string> = {}, entry: 'source' | 'compiled' = 'source'): Promise<ChildServer> {
  const args = entry === 'compiled' ? [COMPILED_SERVER] : ['--import', 'tsx', path.join(ROOT, 'server/index.ts')];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, LOG_LEVEL: 'info', CLIENT_DIR: path.join(dataDir, 'no-client'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // DEBUG_CHILD_LOG=/tmp/convene keeps each child's log in /tmp/convene.<pid>, to read a failed cluster test.
  if (process.env.DEBUG_CHILD_LOG) child.stdout.pipe(fs.createWriteStream(`${process.env.DEBUG_CHILD_LOG}.${child.pid}`));
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  const port = await new Promise<number>((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${buffered}`)), 20_000);
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"event":"server.listening","port":(\d+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (buffered += chunk.toString()));
    void exited.then(() => reject(new Error(`server exited before listening:\n${buffered}`)));
  });
  return { url: `http://localhost:${port}`, port, process: child, exited };
}
