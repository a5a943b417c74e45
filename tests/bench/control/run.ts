/**
 * `npm run bench:control`: what the control channel sends, with real Socket.io clients against
 * the real server in a child process (see BENCHMARKS.md, "The control channel"). Two cases, each
 * on a fresh server and workshop, 200 participants from 40 organisations of 5:
 *
 * - arrivals: a facilitator and a projector, then the 200 participants one by one, each once the
 *   previous one has its first state and the presence batch window has passed, so that every
 *   arrival is a change of its own (the worst case; a faster crowd is batched);
 * - ballots: everyone connected, a live-results yes/no vote, then 150 participants cast one by
 *   one, each once all 200 show the previous count: every ballot is a change of its own, and the
 *   time until the last participant shows the new count is measured per ballot.
 *
 * Bytes are what each client's engine receives (`wireBytes.ts`). Prints a table and writes
 * bench-results/control.json. Only the clients' side is used, so the same file measures a
 * checkout of an older commit.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createWorkshop, joinWorkshop } from '../../support/api.js';
import { freshDataDir, startChildServer } from '../../support/testServer.js';
import { describeMachine } from '../machine.js';
import { type BenchClient, benchClient, firstState } from './benchClient.js';
import { noBytes, totalBytes, type WireBytes } from './wireBytes.js';

const PARTICIPANTS = 200;
const ORGANISATIONS = 40;
const BALLOTS = 150;
/** Longer than the server's 50 ms batch window. */
const ARRIVAL_GAP_MS = 60;
const SECRET = process.env.BENCH_OPEN_BALLOTS !== '1';
const OUTPUT = path.resolve(import.meta.dirname, '../../../bench-results/control.json');
const ORGANISER_KEY = 'bench-organiser-key-0123456789abcdef';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const wireOf = (clients: BenchClient[]) => clients.reduce((n, client) => n + client.wire(), 0);
const sum = (clients: BenchClient[]): WireBytes =>
  clients.reduce((all, { bytes }) => ({ fullStates: all.fullStates + bytes.fullStates, deltas: all.deltas + bytes.deltas, other: all.other + bytes.other }), noBytes());
const minus = (a: WireBytes, b: WireBytes): WireBytes => ({ fullStates: a.fullStates - b.fullStates, deltas: a.deltas - b.deltas, other: a.other - b.other });

/** Resolves once no client has received anything for `quietMs`. */
async function quiet(clients: BenchClient[], quietMs = 300): Promise<void> {
  let last = -1;
  let since = performance.now();
  for (;;) {
    const now = totalBytes(sum(clients));
    if (now !== last) [last, since] = [now, performance.now()];
    if (performance.now() - since > quietMs) return;
    await sleep(20);
  }
}

async function withServer<T>(run: (url: string) => Promise<T>): Promise<T> {
  const server = await startChildServer(freshDataDir(), { ORGANISER_KEY });
  try {
    return await run(server.url);
  } finally {
    server.process.kill('SIGTERM');
    await server.exited;
  }
}

async function room(url: string) {
  const workshop = await createWorkshop(url, ORGANISER_KEY);
  const clients: BenchClient[] = [];
  const connect = async (token: string) => {
    const client = benchClient(url, token);
    clients.push(client);
    await firstState(client);
    return client;
  };
  const tokens = await Promise.all(
    Array.from({ length: PARTICIPANTS }, (_, i) => joinWorkshop(url, workshop, `Delegate ${i}`, `Organisation ${i % ORGANISATIONS}`)),
  );
  return { workshop, clients, connect, tokens };
}

async function arrivals(url: string) {
  const { workshop, clients, connect, tokens } = await room(url);
  await connect(workshop.facilitatorToken);
  await connect(workshop.projectorToken);
  await quiet(clients);
  const before = sum(clients);
  const wireBefore = wireOf(clients);
  const started = performance.now();
  for (const { token } of tokens) {
    await connect(token);
    await sleep(ARRIVAL_GAP_MS);
  }
  await quiet(clients);
  const bytes = minus(sum(clients), before);
  const wire = wireOf(clients) - wireBefore;
  const resyncs = clients.reduce((n, c) => n + c.resyncs, 0);
  for (const client of clients) client.socket.disconnect();
  return { bytes, wire, seconds: (performance.now() - started) / 1000, resyncs };
}

const turnoutOf = (state: { votes: { id: string; turnout: { ballots: number } }[] }, voteId: string) =>
  state.votes.find((vote) => vote.id === voteId)?.turnout.ballots ?? -1;

/** Resolves with the time when every participant shows `ballots` (or more) in the vote's turnout. */
function allShow(participants: BenchClient[], voteId: string, ballots: number): Promise<number> {
  return new Promise((resolve) => {
    let waiting = participants.filter((client) => turnoutOf(client.state()!, voteId) < ballots).length;
    if (waiting === 0) return resolve(performance.now());
    for (const client of participants) {
      if (turnoutOf(client.state()!, voteId) >= ballots) continue;
      client.onChange = (state) => {
        if (turnoutOf(state, voteId) < ballots) return;
        client.onChange = null;
        if (--waiting === 0) resolve(performance.now());
      };
    }
  });
}

async function ballots(url: string) {
  const { workshop, clients, connect, tokens } = await room(url);
  const facilitator = await connect(workshop.facilitatorToken);
  await connect(workshop.projectorToken);
  const participants = await Promise.all(tokens.map(({ token }) => connect(token)));
  await quiet(clients);
  const opened = (await facilitator.socket.emitWithAck('vote:open', {
    kind: 'yesno',
    question: 'Prioritise the ratification of OP-CAT?',
    franchise: 'participant',
    secret: SECRET,
    showResults: 'live',
    threshold: 'majority',
  })) as { ok: boolean; voteId: string };
  if (!opened.ok) throw new Error('vote:open refused');
  await quiet(clients);
  const before = sum(clients);
  const wireBefore = wireOf(clients);
  const latencies: number[] = [];
  for (let i = 0; i < BALLOTS; i++) {
    const shown = allShow(participants, opened.voteId, i + 1);
    const sent = performance.now();
    const answer = (await participants[i]!.socket.emitWithAck('vote:cast', { voteId: opened.voteId, choice: i % 3 === 0 ? 'no' : 'yes', requestId: `bench-ballot-${i}` })) as { ok: boolean };
    if (!answer.ok) throw new Error(`ballot ${i} refused`);
    latencies.push((await shown) - sent);
  }
  await quiet(clients);
  const bytes = minus(sum(clients), before);
  const wire = wireOf(clients) - wireBefore;
  const resyncs = clients.reduce((n, c) => n + c.resyncs, 0);
  for (const client of clients) client.socket.disconnect();
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]!;
  return { bytes, wire, resyncs, latencyMs: { p50: at(0.5), p95: at(0.95), max: latencies.at(-1)! } };
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const line = (label: string, { bytes, wire }: { bytes: WireBytes; wire: number }) =>
  `| ${label} | ${mib(wire)} | ${mib(totalBytes(bytes))} | ${mib(bytes.fullStates)} | ${mib(bytes.deltas)} | ${mib(bytes.other)} |`;

const machine = describeMachine();
console.log(`[bench:control] ${PARTICIPANTS} arrivals one by one …`);
const arrived = await withServer(arrivals);
console.log(`[bench:control] ${BALLOTS} ballots with ${PARTICIPANTS} connected (${SECRET ? 'secret' : 'open'} ballots, live results) …`);
const voted = await withServer(ballots);
fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
fs.writeFileSync(OUTPUT, `${JSON.stringify({ machine, secret: SECRET, arrivals: arrived, ballots: voted }, null, 2)}\n`);

console.log(`\n${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.date}\n`);
console.log('| case | on the wire (TCP, all clients) | frames uncompressed | of which full states | deltas | other |');
console.log('| --- | --- | --- | --- | --- | --- |');
console.log(line(`${PARTICIPANTS} arrivals one by one`, arrived));
console.log(line(`${BALLOTS} ballots, ${PARTICIPANTS} connected`, voted));
console.log(`\nLast of ${PARTICIPANTS} participants shows the new count after a ballot: p50 ${voted.latencyMs.p50.toFixed(1)} ms, p95 ${voted.latencyMs.p95.toFixed(1)} ms, max ${voted.latencyMs.max.toFixed(1)} ms`);
console.log(`Resyncs after a missed delta: ${arrived.resyncs + voted.resyncs}; written to ${path.relative(process.cwd(), OUTPUT)}`);
