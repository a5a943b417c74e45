/** Configuration from the environment, with the embedded defaults that need no set-up. */
import path from 'node:path';

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  organiserKey: string | undefined;
  /** Where the built client lives; absent in tests that only need the API. */
  clientDir: string | undefined;
  /** Public base URL for links, when the server sits behind a proxy. */
  publicUrl: string | undefined;
}

/** Reads the environment; throws with a clear message on values that cannot work. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST || undefined,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    organiserKey: env.ORGANISER_KEY || undefined,
    clientDir: path.resolve(env.CLIENT_DIR || 'dist/client'),
    publicUrl: env.PUBLIC_URL || undefined,
  };
}
