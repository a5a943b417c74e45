/** Chooses the store from the configuration: PostgreSQL when a database URL is set, otherwise SQLite in the data folder. */
import { log } from '../logger.js';
import { PostgresStore } from './postgres/PostgresStore.js';
import { SqliteStore } from './sqlite/SqliteStore.js';
import type { Store } from './Store.js';

/** Opens the configured store and logs which one (the URL without its password). */
export async function openStore(config: { dataDir: string; databaseUrl?: string | undefined }): Promise<Store> {
  if (config.databaseUrl) {
    const store = await PostgresStore.open(config.databaseUrl);
    log.info('storage.opened', { store: 'postgresql', database: store.location });
    return store;
  }
  const store = SqliteStore.open(config.dataDir);
  log.info('storage.opened', { store: 'sqlite', dataDir: config.dataDir });
  return store;
}
