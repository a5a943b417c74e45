import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './dataDirLock.js';
import { SqliteStore } from './SqliteStore.js';

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convene-lock-'));
const children: ChildProcess[] = [];

/**
 * Another process that tries to claim the folder and says whether it holds it; one that does
 * holds it until it is killed.
 */
async function claimingProcess(dataDir: string): Promise<{ child: ChildProcess; outcome: 'held' | 'refused' }> {
  const lockModule = path.join(import.meta.dirname, 'dataDirLock.ts');
  const script = `const { lockDataDir } = await import(${JSON.stringify(lockModule)});
    try { lockDataDir(${JSON.stringify(dataDir)}); console.log('held'); setInterval(() => {}, 1000); }
    catch (error) { console.log(error.constructor.name === 'DataDirInUse' ? 'refused' : String(error)); }`;
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  const said = await new Promise<string>((resolve) => child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString().trim())));
  if (said !== 'held' && said !== 'refused') throw new Error(`the claiming process said ${said}`);
  return { child, outcome: said };
}

async function holderProcess(dataDir: string): Promise<ChildProcess> {
  const { child, outcome } = await claimingProcess(dataDir);
  expect(outcome).toBe('held');
  return child;
}

async function kill9(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
});

describe('one process per data folder', () => {
  it('refuses a folder another process holds, naming it, and frees it the moment that process is killed with kill -9', async () => {
    const dataDir = freshFolder();
    const holder = await holderProcess(dataDir);
    expect(() => SqliteStore.open(dataDir)).toThrow(DataDirInUse);
    expect(() => lockDataDir(dataDir)).toThrow(`pid ${holder.pid}`);

    await kill9(holder);
    // Nothing to clean up: the kernel dropped the lock with the process; its pid file names nobody now.
    expect(fs.readdirSync(dataDir).sort()).toEqual(['convene.lock.sqlite', 'convene.pid']);
    const store = SqliteStore.open(dataDir);
    await store.close();
  });

  it('lets exactly one of several processes starting at once hold the folder, after its last holder was killed', async () => {
    const dataDir = freshFolder();
    await kill9(await holderProcess(dataDir));
    const claims = await Promise.all(Array.from({ length: 5 }, () => claimingProcess(dataDir)));
    expect(claims.map((claim) => claim.outcome).sort()).toEqual(['held', 'refused', 'refused', 'refused', 'refused']);
    // Six Node processes that load tsx each: on two busy cores that alone can take over five seconds.
  }, 30_000);

  it('refuses a second store in the same process, and frees the folder on close', async () => {
    const dataDir = freshFolder();
    const store = SqliteStore.open(dataDir);
    expect(() => SqliteStore.open(dataDir)).toThrow(DataDirInUse);
    await store.close();
    const again = SqliteStore.open(dataDir);
    await again.close();
  });

  it('releases once, however often it is called', () => {
    const dataDir = freshFolder();
    const release = lockDataDir(dataDir);
    release();
    release();
    const next = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirInUse);
    next();
  });
});
