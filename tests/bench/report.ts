/** Renders a run's figures as plain-text tables for the terminal (Markdown-compatible). */
import type { ColdJoinResult } from './coldJoinCase.js';
import type { BenchResults, SteadyCaseResult, StormCaseResult, TwoInstanceCaseResult } from './results.js';

// A figure without samples is NaN, or null once it has crossed an IPC channel or a JSON file.
const fixed = (value: number | null, digits = 1) => (value !== null && Number.isFinite(value) ? value.toFixed(digits) : '—');
const percent = (ratio: number, digits = 2) => `${fixed(ratio * 100, digits)}%`;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** Cores busy elsewhere on the machine during the window, and how many attempts the case took. */
function otherCpu(result: SteadyCaseResult | StormCaseResult | TwoInstanceCaseResult): string {
  return `${fixed(result.otherCpuCores, 2)}${result.attempts > 1 ? ' (2nd try)' : ''}`;
}

function steadyRow(result: SteadyCaseResult): string[] {
  const { load } = result;
  return [
    result.server,
    String(result.clients),
    String(result.round),
    `${result.editsPerSecond}/s`,
    `${load.delivered}/${load.expectedDeliveries}`,
    percent(result.deliveryRatio),
    fixed(result.cpuMicrosPerDelivery, 2),
    `${percent(result.serverCpuShare, 0)} (${percent(result.serverSystemShare, 0)} sys)`,
    fixed(load.latencyMs.p50),
    fixed(load.latencyMs.p99),
    fixed(load.latencyMs.max),
    `${fixed(result.memoryJoined.rssKiB)} / ${fixed(result.memoryUnderLoad.rssKiB)}`,
    `${fixed(result.memoryJoined.liveKiB)} / ${fixed(result.memoryUnderLoad.liveKiB)}`,
    percent(result.loadCpuShare, 0),
    otherCpu(result),
    load.converged ? 'yes' : 'NO',
  ];
}

function stormRow(result: StormCaseResult): string[] {
  const { load } = result;
  if (!load) return [result.server, '—', '—', '—', '—', '—', '—', '—', '—', '—', '—', '—', '—', `n/a: ${result.skipped ?? ''}`];
  const { reconnect } = load;
  return [
    result.server,
    `${load.synced}/${load.clients}`,
    load.allSyncedMs === null ? 'not all' : fixed(load.allSyncedMs, 0),
    load.stockSyncedMs === null ? 'not all' : fixed(load.stockSyncedMs, 0),
    fixed(load.syncMs.p50, 0),
    fixed(load.syncMs.p99, 0),
    fixed(result.serverCpuMs, 0),
    reconnect.allSyncedMs === null ? `${reconnect.synced}/${reconnect.clients}` : fixed(reconnect.allSyncedMs, 0),
    fixed(result.reconnectCpuMs, 0),
    fixed(load.stateBytes / 1024, 0),
    fixed(result.serverRssMiB, 0),
    percent(result.loadCpuShare, 0),
    otherCpu(result),
    load.verified ? 'yes' : `NO (${load.verificationNote})`,
  ];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};
const spread = (values: number[], digits: number) =>
  `${fixed(median(values), digits)} (${fixed(Math.min(...values), digits)}–${fixed(Math.max(...values), digits)})`;
const signedPercent = (ratio: number) => `${ratio >= 1 ? '+' : '−'}${fixed(Math.abs(ratio - 1) * 100, 0)} %`;
const signedMs = (difference: number) => `${difference >= 0 ? '+' : '−'}${fixed(Math.abs(difference), 1)} ms`;

/**
 * Medians over the rounds of each steady phase, per server, with the range in brackets, and
 * ours against the reference: the ratio of the CPU medians and the difference of the p99s.
 */
export function renderSummary(results: BenchResults): string {
  const phases = [...new Set(results.steady.map((r) => r.phase))];
  const rows = phases.flatMap((phase) => {
    const ofPhase = results.steady.filter((r) => r.phase === phase);
    const servers = [...new Set(ofPhase.map((r) => r.server))];
    const cpu = (server: string) => median(ofPhase.filter((r) => r.server === server).map((r) => r.cpuMicrosPerDelivery));
    const p99 = (server: string) => median(ofPhase.filter((r) => r.server === server).map((r) => r.load.latencyMs.p99));
    return servers.map((server) => {
      const runs = ofPhase.filter((r) => r.server === server);
      const against = server === 'convene' && servers.includes('reference');
      return [
        server,
        String(runs[0]?.clients ?? ''),
        String(runs.length),
        percent(Math.min(...runs.map((r) => r.deliveryRatio))),
        spread(runs.map((r) => r.cpuMicrosPerDelivery), 2),
        runs.every((r) => r.storeCpuMicrosPerDelivery !== null) ? spread(runs.map((r) => r.storeCpuMicrosPerDelivery ?? 0), 2) : '',
        spread(runs.map((r) => r.load.latencyMs.p50), 1),
        spread(runs.map((r) => r.load.latencyMs.p99), 1),
        against ? signedPercent(cpu('convene') / cpu('reference')) : '',
        against ? signedMs(p99('convene') - p99('reference')) : '',
        runs.every((r) => r.load.converged) ? 'yes' : 'NO',
      ];
    });
  });
  return `Steady typing, medians over rounds (range)\n${table(
    ['server', 'N', 'rounds', 'worst delivery', 'CPU µs/delivery', 'of which storing', 'p50 ms', 'p99 ms', 'CPU vs reference', 'p99 vs reference', 'converged'],
    rows,
  )}`;
}

/** The steady and storm tables of a run. */
export function renderTables(results: BenchResults): string {
  const steady = table(
    ['server', 'N', 'round', 'edits', 'delivered/expected', 'delivery', 'CPU µs/delivery', 'server CPU', 'p50 ms', 'p99 ms', 'max ms', 'RSS KiB/client joined / loaded', 'live KiB/client joined / loaded', 'load CPU', 'other CPU', 'converged'],
    results.steady.map(steadyRow),
  );
  const storm = table(
    ['server', 'synced', 'all synced ms', 'stock synced ms', 'p50 ms', 'p99 ms', 'server CPU ms', 'reconnect: all synced ms', 'reconnect: server CPU ms', 'state KiB', 'RSS MiB', 'load CPU', 'other CPU', 'verified'],
    results.storm.map(stormRow),
  );
  return `Steady typing (one room)\n${steady}\n\nJoin storm (${results.storm[0]?.load?.clients ?? 200} clients at once)\n${storm}`;
}

/** What our store did in each case (batching, time blocked in appends and checkpoints, flushes, compactions). */
export function renderStoreStats(results: BenchResults): string {
  const rows = [...results.steady.map((r) => [`${r.phase} #${r.round}`, r.store] as const), ['storm', results.storm.find((r) => r.server === 'convene')?.store ?? null] as const];
  const perCall = (total: number, calls: number) => fixed(total / Math.max(1, calls), 0);
  return table(
    ['case', 'appends', 'updates', 'empty', 'updates/append', 'ms appending', 'µs/append', 'max append ms', 'flushes', 'flush ms (thread pool)', 'max flush ms',
      'checkpoints', 'ms in checkpoints', 'CPU µs/checkpoint', 'max checkpoint ms', 'compactions', 'ms compacting', 'max compaction ms'],
    rows.flatMap(([name, stats]) =>
      stats
        ? [[name, String(stats.appendCalls), String(stats.updatesStored), String(stats.emptyUpdatesStored), fixed(stats.updatesStored / Math.max(1, stats.appendCalls), 2),
            fixed(stats.appendMs, 0), perCall(stats.appendMs * 1000, stats.appendCalls), fixed(stats.maxAppendMs, 1),
            String(stats.flushCalls), fixed(stats.flushMs, 0), fixed(stats.maxFlushMs, 1),
            String(stats.checkpointCalls), fixed(stats.checkpointMs, 0), perCall(stats.checkpointCpuMicros, stats.checkpointCalls), fixed(stats.maxCheckpointMs, 1),
            String(stats.compactCalls), fixed(stats.compactMs, 0), fixed(stats.maxCompactMs, 1)]]
        : [],
    ),
  );
}

const kib = (bytes: number) => `${fixed(bytes / 1024)} KiB`;

/** The cold join's bytes: the stock socket's sync against our compressed download, one row each. */
export function renderColdJoin(result: ColdJoinResult): string {
  const row = (way: string, bytes: ColdJoinResult['socketOnly']) => [
    way,
    bytes.http ? kib(bytes.http) : '—',
    kib(bytes.socket),
    kib(bytes.total),
    percent(bytes.total / result.socketOnly.total, 0),
  ];
  return [
    `Whole state ${kib(result.stateBytes)}; every joined document equals the room: ${result.verified ? 'yes' : 'NO'}`,
    table(
      ['join', 'HTTP', 'socket', 'total read', 'of before'],
      [
        row('before: stock socket sync', result.socketOnly),
        row('after: download (br), then socket', result.download.br),
        row('after: download (gzip), then socket', result.download.gzip),
      ],
    ),
  ].join('\n');
}

/** The two-instance case, one row per round: same-instance against cross-instance delivery and latency. */
export function renderTwoInstances(rounds: readonly TwoInstanceCaseResult[]): string {
  const side = (figures: { delivered: number; expected: number; latencyMs: { p50: number; p99: number; max: number } } | undefined) =>
    figures
      ? [`${percent(figures.delivered / Math.max(1, figures.expected))}`, fixed(figures.latencyMs.p50), fixed(figures.latencyMs.p99), fixed(figures.latencyMs.max)]
      : ['—', '—', '—', '—'];
  return table(
    ['round', 'N', 'edits', 'same: delivery', 'same: p50 ms', 'same: p99 ms', 'same: max ms', 'cross: delivery', 'cross: p50 ms', 'cross: p99 ms', 'cross: max ms',
      'CPU A / B', 'load CPU', 'other CPU', 'converged'],
    rounds.map((r) => [
      String(r.round),
      String(r.clients),
      `${r.editsPerSecond}/s`,
      ...side(r.load.byInstance?.same),
      ...side(r.load.byInstance?.cross),
      `${percent(r.serverCpuShare.a, 0)} / ${percent(r.serverCpuShare.b, 0)}`,
      percent(r.loadCpuShare, 0),
      otherCpu(r),
      r.load.converged ? 'yes' : `NO (${r.load.convergenceNote})`,
    ]),
  );
}
