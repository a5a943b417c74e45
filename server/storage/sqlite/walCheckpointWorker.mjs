/**
 * The worker thread behind WalCheckpointer: its own connection to the database, which does every
 * disk flush SQLite needs, so the main thread's connection never does one. Plain JavaScript, so
 * the worker starts the same under tsx, vitest and node.
 *
 * One message at a time, `{ id, mode }`:
 * - 'PASSIVE': copies the WAL into the database. SQLite flushes the WAL before it copies
 *   (`synchronous = NORMAL`) and the database once every frame is copied. Then, when every frame
 *   was copied, it restarts the WAL with one write of its own (see restartWal).
 * - 'TRUNCATE': the same, waiting for readers and writers, and cuts the WAL to zero bytes.
 * - 'CLOSE': a last TRUNCATE and closes; closed last, this connection removes the WAL.
 * Answers `{ id, complete }` (every frame of the WAL is in the flushed database) or `{ id, error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

const db = new Database(workerData.file, { fileMustExist: true });
// TRUNCATE waits for the main thread's transactions; PASSIVE never waits.
db.pragma('busy_timeout = 5000');
db.pragma('synchronous = NORMAL');
// macOS: fsync leaves the data in the drive's cache, F_FULLFSYNC does not. No effect elsewhere.
db.pragma('checkpoint_fullfsync = ON');
// A read holds this connection's shared lock on the database from now on, so the main thread's
// connection is never the last to close and never runs the closing checkpoint itself.
db.prepare('SELECT count(*) FROM sqlite_master').get();
const markRestart = db.prepare('INSERT INTO wal_restarts (id, at) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET at = excluded.at');

/**
 * The first commit into a fully copied WAL starts it over and flushes its new header: an fsync
 * inside that commit. Made here, right after the copy, it is this thread's fsync and not the
 * main thread's next edit's. It finds readers still on the old WAL only rarely; then the WAL
 * just grows until the next checkpoint.
 */
function restartWal() {
  markRestart.run(Date.now());
}

function checkpoint(mode) {
  const [outcome] = db.pragma(`wal_checkpoint(${mode})`);
  const complete = outcome.busy === 0 && outcome.checkpointed === outcome.log;
  if (complete && outcome.log > 0) restartWal();
  return complete;
}

parentPort.on('message', ({ id, mode }) => {
  try {
    if (mode === 'CLOSE') {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.close();
      parentPort.postMessage({ id, complete: true });
      return;
    }
    parentPort.postMessage({ id, complete: checkpoint(mode) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
