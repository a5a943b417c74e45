/**
 * `npm run bench`: ours, the reference y-websocket server and a plain relay, each in its own
 * child process, under the same load from a separate load process. Prints the tables and
 * writes bench-results/latest.json. See BENCHMARKS.md. `BENCH_CASE=cold-join` runs only the
 * cold join's bytes (a few seconds) and writes bench-results/cold-join.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAX_DRAIN_MS, MEASURE_MS, SERVER_KINDS, STEADY_PHASES, STEADY_ROUNDS, STOCK_CLIENTS, STORM, WARMUP_MS } from './config.js';
import { describeMachine } from './machine.js';
import { runColdJoinCase } from './coldJoinCase.js';
import { renderColdJoin, renderStoreStats, renderSummary, renderTables } from './report.js';
import type { BenchResults, SteadyCaseResult, StormCaseResult } from './results.js';
import { runQuietly } from './quietRetry.js';
import { runSteadyCase } from './steadyCase.js';
import { runStormCase } from './stormCase.js';

const coldJoinOnly = process.env.BENCH_CASE === 'cold-join';
// A cold-join-only run does not replace the last whole run's figures.
const OUTPUT = path.resolve(import.meta.dirname, `../../bench-results/${coldJoinOnly ? 'cold-join' : 'latest'}.json`);
const started = performance.now();
const steady: SteadyCaseResult[] = [];
const storm: StormCaseResult[] = [];

for (const phase of coldJoinOnly ? [] : STEADY_PHASES) {
  for (let round = 1; round <= STEADY_ROUNDS; round++) {
    for (const kind of SERVER_KINDS) {
      const label = `${phase.name} on ${kind}, round ${round}/${STEADY_ROUNDS}`;
      console.log(`[bench] ${label} …`);
      const result = await runQuietly(() => runSteadyCase(kind, phase, round), label);
      console.log(`[bench]   ${(result.deliveryRatio * 100).toFixed(2)}% delivered, ${result.cpuMicrosPerDelivery.toFixed(2)} µs/delivery, p99 ${result.load.latencyMs.p99.toFixed(1)} ms, ${result.load.convergenceNote}`);
      steady.push(result);
    }
  }
}
for (const kind of coldJoinOnly ? [] : SERVER_KINDS) {
  console.log(`[bench] join storm on ${kind} …`);
  const result = await runQuietly(() => runStormCase(kind), `join storm on ${kind}`);
  if (result.load) console.log(`[bench]   ${result.load.synced}/${result.load.clients} synced; ${result.load.verificationNote}`);
  storm.push(result);
}

console.log('[bench] cold join bytes, before and after …');
// Bytes, not time: a busy machine cannot change them, so no quiet retry.
const coldJoin = await runColdJoinCase();

const results: BenchResults = {
  machine: describeMachine(),
  loadShape: { phases: STEADY_PHASES, rounds: STEADY_ROUNDS, stockClients: STOCK_CLIENTS, warmupMs: WARMUP_MS, measureMs: MEASURE_MS, maxDrainMs: MAX_DRAIN_MS, storm: STORM },
  steady,
  storm,
  coldJoin,
  totalSeconds: (performance.now() - started) / 1000,
};
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, `${JSON.stringify(results, null, 2)}\n`);

const { machine } = results;
console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}\n`);
if (!coldJoinOnly) {
  console.log(renderSummary(results));
  console.log(`\nEvery round\n${renderTables(results)}`);
  console.log(`\nOur store (appends and checkpoints block the event loop; flushes run on the thread pool)\n${renderStoreStats(results)}`);
}
console.log(`\nCold join of the storm's room (bytes the joiner reads)\n${renderColdJoin(coldJoin)}`);
console.log(`\nTotal ${results.totalSeconds.toFixed(0)} s; written to ${path.relative(process.cwd(), OUTPUT)}`);
