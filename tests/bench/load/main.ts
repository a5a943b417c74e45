/**
 * The load process: receives its plan as a JSON argument, runs it, reports over IPC, exits.
 * It runs apart from every server so the servers' CPU figures are theirs alone.
 */
import type { LoadPlan, LoadResult } from '../protocol.js';
import { tell } from './ipc.js';
import { runSteady } from './steady.js';
import { runStorm } from './storm.js';

const plan = JSON.parse(process.argv[2] ?? '{}') as LoadPlan;

try {
  const result: LoadResult = plan.kind === 'steady' ? await runSteady(plan) : await runStorm(plan);
  tell({ type: 'result', result });
} catch (error) {
  tell({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exitCode = 1;
}
// Sockets are closed; leave once the IPC messages are flushed.
setTimeout(() => process.exit(), 200);
