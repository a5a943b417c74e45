/**
 * One process per data folder. The update journal numbers updates in memory and empties its
 * file at each checkpoint, so a second process on the same folder (a second `npm start`, or
 * `npm run demo` while the server runs) would hand out the same sequence numbers and cut the
 * other's journal: it is refused with a clear error instead. A lock left by a process that died
 * (a `kill -9`, a power cut) is taken over.
 */
import fs from 'node:fs';
import path from 'node:path';

const LOCK_FILE = 'convene.lock';

/** Raised when another live process holds the folder. */
export class DataDirInUse extends Error {}

/** Claims the folder for this process and returns the release (idempotent). */
export function lockDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, LOCK_FILE);
  for (;;) {
    try {
      fs.writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number.parseInt(fs.readFileSync(file, 'utf8'), 10);
    if (Number.isInteger(holder) && holder !== process.pid && isAlive(holder)) {
      throw new DataDirInUse(`another Convene process (pid ${holder}) is using the data folder ${dataDir}; stop it first`);
    }
    // Left by a process that is gone (or by an earlier life of this pid, in a container): take it.
    fs.rmSync(file, { force: true });
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    fs.rmSync(file, { force: true });
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
