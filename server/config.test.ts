import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('refuses REDIS_URL without PostgreSQL: SQLite is one process’s file', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://127.0.0.1:6379' })).toThrow(/REDIS_URL needs DATABASE_URL/);
  });

  it('refuses REDIS_URL with PostgreSQL rather than serve diverging rooms from several servers', () => {
    expect(() => readConfig({ REDIS_URL: 'redis://127.0.0.1:6379', DATABASE_URL: 'postgres://localhost/test' })).toThrow(/not implemented in this version/);
  });

  it('starts without REDIS_URL on either store', () => {
    expect(readConfig({ DATABASE_URL: 'postgres://localhost/test' }).databaseUrl).toBe('postgres://localhost/test');
    expect(readConfig({}).databaseUrl).toBeUndefined();
  });
});
