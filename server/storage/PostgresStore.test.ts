import { afterAll, beforeAll } from 'vitest';
import { dropSchemas, freshSchemaName, requirePostgres, TEST_DATABASE_URL } from '../../tests/support/postgres.js';
import { PostgresStore } from './PostgresStore.js';
import { storeContract } from './storeContract.js';

// Each store the suite opens gets its own schema, as each SQLite store gets its own file.
const schemas: string[] = [];
beforeAll(requirePostgres);
afterAll(() => dropSchemas(schemas));

storeContract('PostgreSQL', async () => {
  const schema = freshSchemaName();
  schemas.push(schema);
  return PostgresStore.open(TEST_DATABASE_URL, { schema });
});
