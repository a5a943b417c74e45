import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WorkshopState } from '../../shared/events.js';
import type { BallotNotice, VoteResult, VoteSummary } from '../../shared/votes.js';
import type { ControlClient } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom } from '../support/workshopRoom.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const yesNo = { kind: 'yesno', question: 'Prioritise the ratification of OP-CAT?', franchise: 'participant', secret: true, showResults: 'live', threshold: 'majority' } as const;

async function open(facilitator: ControlClient, spec: Record<string, unknown> = yesNo): Promise<string> {
  const answer = await facilitator.send('vote:open', spec as never);
  expect(answer).toMatchObject({ ok: true, voteId: expect.any(String) });
  return (answer as unknown as { voteId: string }).voteId;
}

const cast = (client: ControlClient, voteId: string, choice: unknown, requestId: string = randomUUID()) =>
  client.send('vote:cast', { voteId, choice: choice as never, requestId });

async function close(facilitator: ControlClient, voteId: string): Promise<VoteResult> {
  const answer = await facilitator.send('vote:close', { voteId });
  expect(answer.ok).toBe(true);
  return (answer as unknown as { result: VoteResult }).result;
}

const voteIn = (state: WorkshopState | null, voteId: string): VoteSummary | undefined => state?.votes.find((v) => v.id === voteId);

describe('votes', () => {
  it('counts 150 participants casting at once exactly, live and at close', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const projector = await room.connect(room.workshop.projectorToken);
    const people = await Promise.all(
      Array.from({ length: 150 }, async (_, i) => room.connect((await room.join(`Delegate ${i}`, `Organisation ${i % 40}`)).token)),
    );
    const voteId = await open(facilitator);
    const choices = people.map((_, i) => (i % 3 === 0 ? 'no' : i % 7 === 0 ? 'abstain' : 'yes'));
    const answers = await Promise.all(people.map((person, i) => cast(person, voteId, choices[i])));
    expect(answers.every((a) => a.ok && (a as unknown as { ballot: string }).ballot === 'cast')).toBe(true);

    const expected = { yes: choices.filter((c) => c === 'yes').length, no: choices.filter((c) => c === 'no').length, abstain: choices.filter((c) => c === 'abstain').length };
    await waitFor(() => voteIn(projector.latest(), voteId)?.turnout.ballots === 150, 'the projector shows the whole turnout live');
    expect(voteIn(projector.latest(), voteId)?.live?.counts).toEqual(expected);
    expect(voteIn(projector.latest(), voteId)?.turnout.present).toBe(150);

    const result = await close(facilitator, voteId);
    expect(result).toMatchObject({ counts: expected, turnout: { ballots: 150, present: 150 }, passed: true, openBallots: null });
    expect(result.voters).toHaveLength(150);
    await waitFor(() => voteIn(people[0]!.latest(), voteId)?.status === 'closed', 'everyone sees the close');
    expect(voteIn(people[0]!.latest(), voteId)?.result?.counts).toEqual(expected);
  });

  it('keeps one ballot per voter: a second cast replaces the first, a retried cast counts once, none after close', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const saran = await room.connect((await room.join('Saran')).token);
    const voteId = await open(facilitator);

    expect(await cast(saran, voteId, 'yes', 'request-0001')).toEqual({ ok: true, ballot: 'cast' });
    expect(await cast(saran, voteId, 'yes', 'request-0001')).toEqual({ ok: true, ballot: 'repeated' });
    expect(await cast(saran, voteId, 'no', 'request-0002')).toEqual({ ok: true, ballot: 'replaced' });
    await waitFor(() => voteIn(facilitator.latest(), voteId)?.live?.counts.no === 1, 'the replacement counts');
    expect(voteIn(facilitator.latest(), voteId)?.live?.counts).toEqual({ yes: 0, no: 1, abstain: 0 });

    const result = await close(facilitator, voteId);
    expect(result).toMatchObject({ counts: { yes: 0, no: 1, abstain: 0 }, turnout: { ballots: 1 }, passed: false });
    expect(await cast(saran, voteId, 'yes', 'request-0003')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await facilitator.send('vote:close', { voteId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await cast(saran, 'no-such-vote', 'yes')).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('checks a choice against its vote: kinds, options and dots', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const saran = await room.connect((await room.join('Saran')).token);
    const themes = ['Torture', 'Mining', 'Health'];
    expect(await facilitator.send('vote:open', { ...yesNo, options: themes })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await facilitator.send('vote:open', { ...yesNo, kind: 'ranking', adopt: 'charter', options: themes } as never)).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
    const dots = await open(facilitator, { ...yesNo, kind: 'dots', options: themes, dots: { perBallot: 3, stack: false } });
    expect(await cast(saran, dots, { Torture: 2 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await cast(saran, dots, { Torture: 1, Mining: 1, Lobbying: 1 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await cast(saran, dots, 'yes')).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await cast(saran, dots, { Torture: 1, Mining: 1 })).toEqual({ ok: true, ballot: 'cast' });

    const ranking = await open(facilitator, { ...yesNo, kind: 'ranking', options: themes, secret: false });
    expect(await cast(saran, ranking, ['Mining', 'Mining'])).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await cast(saran, ranking, ['Health', 'Torture', 'Mining'])).toEqual({ ok: true, ballot: 'cast' });
    const result = await close(facilitator, ranking);
    expect(result).toMatchObject({ counts: { Health: 2, Torture: 1, Mining: 0 }, leading: 'Health', method: expect.stringMatching(/^Borda/) });
    expect(result.openBallots).toEqual([{ name: 'Saran', organisation: 'Globe International', choice: ['Health', 'Torture', 'Mining'] }]);
  });

  it('gives an organisation one ballot: its first delegate votes for it and the others see that it has', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const delegates = await Promise.all(['Saran', 'Bold', 'Oyunaa'].map(async (name) => room.connect((await room.join(name, 'MONFEMNET')).token)));
    const other = await room.connect((await room.join('Tuya', 'Globe International')).token);
    const notices = delegates.map((delegate) => {
      const seen: BallotNotice[] = [];
      delegate.socket.on('vote:ballot', (notice) => seen.push(notice));
      return seen;
    });
    const otherNotices: BallotNotice[] = [];
    other.socket.on('vote:ballot', (notice) => otherNotices.push(notice));
    const voteId = await open(facilitator, { ...yesNo, franchise: 'organisation', showResults: 'after' });

    expect(await cast(delegates[0]!, voteId, 'yes')).toEqual({ ok: true, ballot: 'cast' });
    expect(await cast(delegates[1]!, voteId, 'no')).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/organisation has already voted/) } });
    await waitFor(() => notices.every((seen) => seen.length === 1), 'every delegate learns their organisation has voted');
    expect(notices[2]![0]).toEqual({ voteId, castBy: { name: 'Saran', organisation: 'MONFEMNET', participantId: expect.any(String) }, choice: null });
    expect(otherNotices).toHaveLength(0);
    expect(await cast(delegates[0]!, voteId, 'abstain')).toEqual({ ok: true, ballot: 'replaced' });

    // A delegate who reconnects is told again.
    const again = await room.connect((await room.join('Oyunaa again', 'monfemnet ')).token);
    const replayed: BallotNotice[] = [];
    again.socket.on('vote:ballot', (notice) => replayed.push(notice));
    again.socket.disconnect();
    await waitFor(() => voteIn(facilitator.latest(), voteId)?.turnout.present === 2 && !again.socket.connected, 'disconnected');
    again.socket.connect();
    await waitFor(() => replayed.length === 1, 'the notice is repeated on connect');
    expect(replayed[0]).toMatchObject({ voteId, castBy: { name: 'Saran' }, choice: null });

    await waitFor(() => voteIn(facilitator.latest(), voteId)?.turnout.ballots === 1, 'turnout counts organisations');
    expect(voteIn(facilitator.latest(), voteId)?.live).toBeNull();
    expect(voteIn(facilitator.latest(), voteId)?.turnout.present).toBe(2);
    expect(await cast(other, voteId, 'no')).toEqual({ ok: true, ballot: 'cast' });
    const result = await close(facilitator, voteId);
    expect(result).toMatchObject({ counts: { yes: 0, no: 1, abstain: 1 }, turnout: { ballots: 2, present: 2 } });
    expect(result.voters.map((v) => v.organisation).sort()).toEqual(['Globe International', 'MONFEMNET']);
  });

  it('never lets a secret ballot’s choice reach another client, the audit log or the logs', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const projector = await room.connect(room.workshop.projectorToken);
    const watcher = await room.connect((await room.join('Watcher', 'Globe International')).token);
    const voter = await room.connect((await room.join('Voter', 'Globe International')).token);
    const captured: string[] = [];
    for (const client of [facilitator, projector, watcher]) client.socket.onAny((event: string, ...args: unknown[]) => captured.push(JSON.stringify([event, args])));
    const logged: string[] = [];
    const previousLevel = process.env.LOG_LEVEL;
    process.env.LOG_LEVEL = 'debug';
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (logged.push(String(chunk)), true));
    cleanups.push(() => {
      write.mockRestore();
      process.env.LOG_LEVEL = previousLevel;
    });

    const options = ['Torture', 'Mining', 'Health'];
    const voteId = await open(facilitator, { ...yesNo, kind: 'approval', options, franchise: 'participant', showResults: 'live' });
    const requestId = `canary-${randomUUID()}`;
    expect(await cast(voter, voteId, ['Mining', 'Health'], requestId)).toEqual({ ok: true, ballot: 'cast' });
    // Each socket gets its own delta: wait for the one that is read, not another's.
    await waitFor(() => voteIn(projector.latest(), voteId)?.turnout.ballots === 1, 'turnout reaches the projector');
    await waitFor(() => voteIn(watcher.latest(), voteId)?.turnout.ballots === 1, 'turnout reaches the watcher');
    const live = voteIn(watcher.latest(), voteId)!;
    expect(live.live?.counts).toEqual({ Torture: 0, Mining: 1, Health: 1 });
    expect(live.voters).toBeNull();
    const result = await close(facilitator, voteId);
    expect(result.openBallots).toBeNull();
    expect(result.voters).toEqual([{ name: 'Voter', organisation: 'Globe International' }]);
    const audit = await facilitator.send('audit:list', { limit: 50 });
    captured.push(JSON.stringify(audit));

    for (const message of [...captured, ...logged]) {
      expect(message).not.toContain(requestId);
      expect(message).not.toContain('["Mining","Health"]');
      expect(message).not.toMatch(/"choice":(?!null)/);
      expect(message).not.toMatch(/"openBallots":\[/);
    }
    expect(captured.some((message) => message.includes('vote:close'))).toBe(true);
  });

  it('lets only the facilitator open and close, and only participants cast', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const projector = await room.connect(room.workshop.projectorToken);
    const saran = await room.connect((await room.join('Saran')).token);
    for (const client of [saran, projector]) expect(await client.send('vote:open', yesNo as never)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const voteId = await open(facilitator);
    for (const client of [saran, projector]) expect(await client.send('vote:close', { voteId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    for (const client of [facilitator, projector]) expect(await cast(client, voteId, 'yes')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(voteIn(facilitator.latest(), voteId)?.status).toBe('open');
  });
});
