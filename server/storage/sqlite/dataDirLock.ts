/**
 * One process per data folder. Each server keeps its rooms' documents in memory and compacts
 * their stored logs into snapshots; a second process on the same folder (a second `npm start`,
 * or `npm run demo` while the server runs) would relay and compact the same documents without
 * seeing the first one's edits. It is refused with a clear error instead.
 *
 * The claim is an exclusive lock SQLite holds on `convene.lock.sqlite`: a POSIX record lock on
 * Linux and macOS, `LockFileEx` on Windows. The operating system drops it with the process that
 * held it, however it ends, so a `kill -9` or a power cut leaves nothing to clean up, and two
 * processes starting at once cannot both take it. (A lock file with a pid in it needs a
 * stale-lock takeover, and two takeovers at once can each delete the other's new lock.) The pid
 * in `convene.pid` only names the holder in the error. Nothing here is specific to one system.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const LOCK_FILE = 'convene.lock.sqlite';
const PID_FILE = 'convene.pid';

/** Raised when another process holds the folder. */
export class DataDirInUse extends Error {}

/** Claims the folder for this process and returns the release (idempotent). */
export function lockDataDir(dataDir: string): () => void {
  const lock = new Database(path.join(dataDir, LOCK_FILE), { timeout: 0 });
  try {
    // Held until the connection closes; the transaction writes nothing, so it needs no journal file.
    lock.pragma('journal_mode = MEMORY');
    lock.pragma('locking_mode = EXCLUSIVE');
    lock.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    lock.close();
    if ((error as { code?: string }).code !== 'SQLITE_BUSY') throw error;
    throw new DataDirInUse(`another Convene process${holder(dataDir)} is using the data folder ${dataDir}; stop it first`);
  }
  const pidFile = path.join(dataDir, PID_FILE);
  try {
    fs.writeFileSync(pidFile, `${process.pid}\n`);
  } catch (error) {
    // A full disk: give the lock back rather than hold the folder with no one to release it.
    lock.close();
    throw error;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    fs.rmSync(pidFile, { force: true });
    lock.close();
  };
}

function holder(dataDir: string): string {
  try {
    const pid = Number.parseInt(fs.readFileSync(path.join(dataDir, PID_FILE), 'utf8'), 10);
    return Number.isInteger(pid) ? ` (pid ${pid})` : '';
  } catch {
    return '';
  }
}
