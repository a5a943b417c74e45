/**
 * `npm run bench:storage`: the update journal against plain WAL, paired in one run. Each round
 * runs, at 20 and at 100 edits/s with N = 100 clients, one steady phase on each way of storing,
 * the order alternating from round to round, each in a fresh server child under the same load
 * child as `npm run bench`. So a slow spell on a shared machine hits both of a pair alike, and
 * the summary gives medians of the rounds and of the paired differences. Writes
 * bench-results/storage.json. See BENCHMARKS.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SteadyPhase } from '../config.js';
import { describeMachine } from '../machine.js';
import type { SteadyCaseResult } from '../results.js';
import { runSteadyCase } from '../steadyCase.js';

const STORES = ['journal', 'wal'] as const;
type StoreVariant = (typeof STORES)[number];
const RATES = [20, 100];
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const OUTPUT = path.resolve(import.meta.dirname, '../../../bench-results/storage.json');
const ENTRY = path.join(import.meta.dirname, 'storeServer.ts');

const phase = (editsPerSecond: number): SteadyPhase => ({ name: `steady-100 at ${editsPerSecond}/s`, clients: 100, writers: 10, editsPerSecond, section: 'plan' });

interface Case {
  store: StoreVariant;
  rate: number;
  round: number;
  result: SteadyCaseResult;
}

const cases: Case[] = [];
const started = performance.now();
for (let round = 1; round <= ROUNDS; round++) {
  for (const rate of RATES) {
    const order = round % 2 === 1 ? STORES : [...STORES].reverse();
    for (const store of order) {
      console.log(`[bench:storage] round ${round}/${ROUNDS}, ${rate} edits/s, ${store} …`);
      const result = await runSteadyCase('convene', phase(rate), round, { entry: ENTRY, env: { BENCH_STORE: store } });
      const { p50, p99 } = result.load.latencyMs;
      console.log(
        `[bench:storage]   ${(result.deliveryRatio * 100).toFixed(2)}% delivered, ${result.cpuMicrosPerDelivery.toFixed(2)} µs/delivery, p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, ${result.otherCpuCores.toFixed(2)} cores busy elsewhere`,
      );
      cases.push({ store, rate, round, result });
    }
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const spread = (values: number[], digits: number) =>
  `${median(values).toFixed(digits)} (${Math.min(...values).toFixed(digits)}–${Math.max(...values).toFixed(digits)})`;
const signed = (value: number, digits: number, unit: string) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(digits)}${unit}`;

const figures = (result: SteadyCaseResult) => ({ cpu: result.cpuMicrosPerDelivery, p50: result.load.latencyMs.p50, p99: result.load.latencyMs.p99 });
const lines = ['| store | edits/s | rounds | worst delivery | CPU µs/delivery | p50 ms | p99 ms | other CPU, cores |', '| --- | --- | --- | --- | --- | --- | --- | --- |'];
const paired = ['| edits/s | each round: CPU / p99 (plain WAL − journal) | CPU, median | p50, median | p99, median |', '| --- | --- | --- | --- | --- |'];
for (const rate of RATES) {
  for (const store of STORES) {
    const runs = cases.filter((c) => c.rate === rate && c.store === store).map((c) => c.result);
    lines.push(
      `| ${store === 'wal' ? 'plain WAL' : 'journal'} | ${rate} | ${runs.length} | ${(Math.min(...runs.map((r) => r.deliveryRatio)) * 100).toFixed(2)} % | ${spread(runs.map((r) => figures(r).cpu), 2)} | ${spread(runs.map((r) => figures(r).p50), 1)} | ${spread(runs.map((r) => figures(r).p99), 1)} | ${spread(runs.map((r) => r.otherCpuCores), 2)} |`,
    );
  }
  const pairs = Array.from({ length: ROUNDS }, (_, i) => {
    const of = (store: StoreVariant) => figures(cases.find((c) => c.rate === rate && c.round === i + 1 && c.store === store)!.result);
    const [journal, wal] = [of('journal'), of('wal')];
    return { cpu: (wal.cpu / journal.cpu - 1) * 100, p50: wal.p50 - journal.p50, p99: wal.p99 - journal.p99 };
  });
  paired.push(
    `| ${rate} | ${pairs.map((p) => signed(p.cpu, 0, ' %')).join(', ')} / ${pairs.map((p) => signed(p.p99, 1, '')).join(', ')} ms | ${signed(median(pairs.map((p) => p.cpu)), 1, ' %')} (${pairs.filter((p) => p.cpu < 0).length} of ${ROUNDS} below) | ${signed(median(pairs.map((p) => p.p50)), 2, ' ms')} | ${signed(median(pairs.map((p) => p.p99)), 2, ' ms')} (${pairs.filter((p) => p.p99 < 0).length} of ${ROUNDS} below) |`,
  );
}

const machine = describeMachine();
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, `${JSON.stringify({ machine, rounds: ROUNDS, rates: RATES, cases, totalSeconds: (performance.now() - started) / 1000 }, null, 2)}\n`);
console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.platform}, ${machine.date}\n`);
console.log(`Medians of ${ROUNDS} rounds (range)\n${lines.join('\n')}\n`);
console.log(`Paired within each round; negative is better for plain WAL\n${paired.join('\n')}\n`);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s; written to ${path.relative(process.cwd(), OUTPUT)}`);
