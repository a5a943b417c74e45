import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('refuses REDIS_URL without PostgreSQL: SQLite is one process’s file', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/);
  });

  it('takes REDIS_URL with PostgreSQL: several instances share one schema', () => {
    expect(readConfig({ REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://localhost/test' }).redisUrl).toBe('redis://127.0.0.1:6379');
  });

  it('starts without REDIS_URL on either store', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://localhost/test' }).databaseUrl).toBe('postgres://localhost/test');
    expect(readConfig({}).databaseUrl).toBeUndefined();
  });
});
