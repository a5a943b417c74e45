/** The organiser key: from ORGANISER_KEY, or generated once and kept in DATA_DIR. */
import fs from 'node:fs';
import path from 'node:path';
import { newToken } from './secrets.js';

const KEY_FILE = 'organiser-key';

/** Returns the key and whether it was generated now (so the caller can print it prominently). */
export function loadOrganiserKey(dataDir: string, fromEnv: string | undefined): { key: string; generated: boolean } {
  if (fromEnv) return { key: fromEnv, generated: false };
  const file = path.join(dataDir, KEY_FILE);
  if (fs.existsSync(file)) {
    const key = fs.readFileSync(file, 'utf8').trim();
    if (key.length >= 16) return { key, generated: false };
  }
  const key = newToken();
  // With PostgreSQL nothing else creates the data folder, and the key still lives there.
  fs.mkdirSync(dataDir, { recursive: true });
  // Written to a temporary file and renamed, so a crash never leaves a half-written key.
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, `${key}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
  return { key, generated: true };
}
