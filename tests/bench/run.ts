/**
 * `npm run bench`: ours, the reference y-websocket server and a plain relay, each in its own
 * child process, under the same load from a separate load process; then two instances of ours
 * on PostgreSQL and Redis (skipped, with the reason, when those cannot be reached). Prints the
 * tables and writes bench-results/latest.json. See BENCHMARKS.md. `BENCH_CASE=cold-join` runs
 * only the cold join's bytes (a few seconds) and writes bench-results/cold-join.json;
 * `BENCH_CASE=two-instances` only the two-instance case, to bench-results/two-instances.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { MAX_DRAIN_MS, MEASURE_MS, SERVER_KINDS, STEADY_PHASES, STEADY_ROUNDS, STOCK_CLIENTS, STORM, TWO_INSTANCES, WARMUP_MS } from './config.js';
import { describeMachine } from './machine.js';
import { runColdJoinCase } from './coldJoinCase.js';
import { renderColdJoin, renderStoreStats, renderSummary, renderTables, renderTwoInstances } from './report.js';
import type { BenchResults, SteadyCaseResult, StormCaseResult, TwoInstanceCaseResult } from './results.js';
import { runQuietly } from './quietRetry.js';
import { runSteadyCase } from './steadyCase.js';
import { runStormCase } from './stormCase.js';
import { sharedServicesProblem } from './sharedServices.js';
import { runTwoInstanceCase } from './twoInstanceCase.js';

const coldJoinOnly = process.env.BENCH_CASE === 'cold-join';
const twoInstancesOnly = process.env.BENCH_CASE === 'two-instances';
const OUTPUT = path.resolve(import.meta.dirname, '../../bench-results/latest.json');
const started = performance.now();

if (twoInstancesOnly) {
  // A one-case run does not replace the last whole run's figures.
  const problem = await sharedServicesProblem();
  if (problem) throw new Error(`the two-instance case needs PostgreSQL and Redis: ${problem}`);
  const rounds = await runTwoInstanceRounds();
  const machine = describeMachine();
  const output = path.resolve(import.meta.dirname, '../../bench-results/two-instances.json');
  fs.mkdirSync(path.dirname(output), { recursive: true });
  fs.writeFileSync(output, `${JSON.stringify({ machine, twoInstances: { rounds, skipped: null }, totalSeconds: (performance.now() - started) / 1000 }, null, 2)}\n`);
  console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}\n`);
  console.log(`Two instances: writers on A, receivers on A and B\n${renderTwoInstances(rounds)}`);
  console.log(`\nTotal ${((performance.now() - started) / 1000).toFixed(0)} s; written to ${path.relative(process.cwd(), output)}`);
  process.exit(0);
}

async function runTwoInstanceRounds(): Promise<TwoInstanceCaseResult[]> {
  const rounds: TwoInstanceCaseResult[] = [];
  for (let round = 1; round <= STEADY_ROUNDS; round++) {
    const label = `${TWO_INSTANCES.name} on two instances, round ${round}/${STEADY_ROUNDS}`;
    console.log(`[bench] ${label} …`);
    const result = await runQuietly(() => runTwoInstanceCase(round), label);
    const { same, cross } = result.load.byInstance ?? {};
    // No delivery at all gives no percentile (NaN, null once it crossed the IPC channel).
    const ms = (value: number | null | undefined) => (typeof value === 'number' && Number.isFinite(value) ? `${value.toFixed(1)} ms` : '—');
    console.log(`[bench]   p99 same instance ${ms(same?.latencyMs.p99)}, other instance ${ms(cross?.latencyMs.p99)}; ${result.load.convergenceNote}`);
    rounds.push(result);
  }
  return rounds;
}
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

let twoInstances: BenchResults['twoInstances'];
if (!coldJoinOnly) {
  const problem = await sharedServicesProblem();
  if (problem) console.log(`[bench] two instances skipped: ${problem}`);
  twoInstances = problem ? { rounds: [], skipped: problem } : { rounds: await runTwoInstanceRounds(), skipped: null };
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
  ...(twoInstances ? { twoInstances } : {}),
  totalSeconds: (performance.now() - started) / 1000,
};
// A cold-join-only run does not replace the last whole run's figures.
const output = coldJoinOnly ? OUTPUT.replace('latest.json', 'cold-join.json') : OUTPUT;
fs.mkdirSync(path.dirname(output), { recursive: true });
fs.writeFileSync(output, `${JSON.stringify(results, null, 2)}\n`);

const { machine } = results;
console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}\n`);
if (!coldJoinOnly) {
  console.log(renderSummary(results));
  console.log(`\nEvery round\n${renderTables(results)}`);
  console.log(`\nOur store (appends and checkpoints block the event loop; flushes run on the thread pool)\n${renderStoreStats(results)}`);
  if (twoInstances?.skipped) console.log(`\nTwo instances: skipped (${twoInstances.skipped})`);
  else if (twoInstances) console.log(`\nTwo instances: writers on A, receivers on A and B\n${renderTwoInstances(twoInstances.rounds)}`);
}
console.log(`\nCold join of the storm's room (bytes the joiner reads)\n${renderColdJoin(coldJoin)}`);
console.log(`\nTotal ${results.totalSeconds.toFixed(0)} s; written to ${path.relative(process.cwd(), output)}`);
