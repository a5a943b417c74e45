/**
 * Structured logs: one JSON line per event. Callers pass ids and counts, never tokens or
 * document content; `redact` is the last line of defence for field names that look secret.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level | 'silent', number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
const SECRET_FIELD = /token|key|secret|password|authorization/i;

function threshold(): number {
  const wanted = (process.env.LOG_LEVEL ?? 'info') as Level | 'silent';
  return ORDER[wanted] ?? ORDER.info;
}

function write(level: Level, event: string, fields: Record<string, unknown>): void {
  if (ORDER[level] < threshold()) return;
  const line: Record<string, unknown> = { time: new Date().toISOString(), level, event };
  for (const [name, value] of Object.entries(fields)) {
    line[name] = SECRET_FIELD.test(name) ? '[redacted]' : value;
  }
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** The process-wide logger. */
export const log = {
  debug: (event: string, fields: Record<string, unknown> = {}) => write('debug', event, fields),
  info: (event: string, fields: Record<string, unknown> = {}) => write('info', event, fields),
  warn: (event: string, fields: Record<string, unknown> = {}) => write('warn', event, fields),
  error: (event: string, fields: Record<string, unknown> = {}) => write('error', event, fields),
};

/** The message of an unknown thrown value, for logs (never its stack to a client). */
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
