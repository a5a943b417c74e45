import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataDirInUse, lockDataDir } from './dataDirLock.js';
import { SqliteStore } from './SqliteStore.js';

const freshFolder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'convene-lock-'));
const lockFile = (dataDir: string) => path.join(dataDir, 'convene.lock');

describe('one process per data folder', () => {
  it('refuses a second store on a folder another live process holds, and frees it on close', async () => {
    const dataDir = freshFolder();
    // A live process other than this one: the parent of the test worker.
    fs.writeFileSync(lockFile(dataDir), `${process.ppid}\n`);
    expect(() => SqliteStore.open(dataDir)).toThrow(DataDirInUse);
    expect(() => SqliteStore.open(dataDir)).toThrow(`pid ${process.ppid}`);
    fs.rmSync(lockFile(dataDir));

    const store = SqliteStore.open(dataDir);
    expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(process.pid));
    await store.close();
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
  });

  it('takes over a lock left by a process that died (a kill -9, a power cut)', () => {
    const dataDir = freshFolder();
    const gone = spawnSync(process.execPath, ['-e', '']).pid;
    fs.writeFileSync(lockFile(dataDir), `${gone}\n`);
    const release = lockDataDir(dataDir);
    expect(fs.readFileSync(lockFile(dataDir), 'utf8').trim()).toBe(String(process.pid));
    release();
    release();
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
  });

  it('takes over a lock with its own pid, as after a restart in a container where pids repeat', () => {
    const dataDir = freshFolder();
    fs.writeFileSync(lockFile(dataDir), `${process.pid}\n`);
    const release = lockDataDir(dataDir);
    release();
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
  });
});
