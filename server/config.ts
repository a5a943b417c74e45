/** Configuration from the environment, with the embedded defaults that need no set-up. */
import fs from 'node:fs';
import path from 'node:path';

/** A certificate and its private key, both PEM, for HTTPS (service workers need a secure context). */
export interface TlsFiles {
  cert: Buffer;
  key: Buffer;
}

export interface Config {
  port: number;
  host: string | undefined;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Redis for several instances on one PostgreSQL schema; needs `databaseUrl`. */
  redisUrl: string | undefined;
  organiserKey: string | undefined;
  /** Where the built client lives; absent in tests that only need the API. */
  clientDir: string | undefined;
  /** Public base URL for links (behind a proxy, or a name in the venue's DNS), without a trailing slash. */
  publicUrl: string | undefined;
  /** HTTPS instead of HTTP, from `TLS_CERT` and `TLS_KEY`. */
  tls: TlsFiles | undefined;
}

/** Reads both files or neither: half a TLS set-up is a mistake worth stopping for. */
function readTls(env: NodeJS.ProcessEnv): TlsFiles | undefined {
  const certPath = env.TLS_CERT || undefined;
  const keyPath = env.TLS_KEY || undefined;
  if (!certPath && !keyPath) return undefined;
  if (!certPath || !keyPath) throw new Error('TLS_CERT and TLS_KEY must be set together (PEM certificate and its private key)');
  const read = (name: string, file: string) => {
    try {
      return fs.readFileSync(path.resolve(file));
    } catch (error) {
      throw new Error(`${name} cannot be read (${file}): ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
  };
  return { cert: read('TLS_CERT', certPath), key: read('TLS_KEY', keyPath) };
}

/** `PUBLIC_URL` as links use it: an http(s) origin, optionally with a path, never a query or fragment. */
function readPublicUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL such as https://convene.example.org, got "${value}"`);
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash || url.username || url.password) {
    throw new Error(`PUBLIC_URL must be an http(s) URL without query, fragment or credentials, got "${value}"`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
}

/** Reads the environment; throws with a clear message on values that cannot work. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer from 0 to 65535, got "${env.PORT}"`);
  }
  if (env.REDIS_URL && !env.DATABASE_URL) {
    throw new Error('REDIS_URL needs DATABASE_URL: servers share a workshop through PostgreSQL, and SQLite is one process\'s file');
  }
  return {
    port,
    host: env.HOST || undefined,
    dataDir: path.resolve(env.DATA_DIR || './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    redisUrl: env.REDIS_URL || undefined,
    organiserKey: env.ORGANISER_KEY || undefined,
    clientDir: path.resolve(env.CLIENT_DIR || 'dist/client'),
    publicUrl: readPublicUrl(env.PUBLIC_URL),
    tls: readTls(env),
  };
}
