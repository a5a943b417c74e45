import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SqliteStore } from './SqliteStore.js';
import { storeContract } from './storeContract.js';

storeContract('SQLite', async () => SqliteStore.open(fs.mkdtempSync(path.join(os.tmpdir(), 'convene-store-'))));
