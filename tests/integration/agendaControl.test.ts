import { afterEach, describe, expect, it } from 'vitest';
import { sessionsInOrder } from '../../shared/agenda.js';
import { COMMAND_NAMES, type CommandName } from '../../shared/control.js';
import { COMMAND_TABLE } from '../../server/control/commandTable.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(dataDir?: string) {
  const server = await startTestServer(dataDir ? { dataDir } : {});
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  const connect = async (token: string): Promise<ControlClient> => {
    const client = connectControl(server.url, token);
    cleanups.push(() => client.close());
    await waitFor(() => client.latest() !== null, 'first state');
    return client;
  };
  const participantToken = async (name: string, organisation = 'Globe International') =>
    (await joinWorkshop(server.url, workshop, name, organisation)).token;
  return { server, workshop, connect, participantToken };
}

/** A valid payload for every facilitator command, so a refusal can only come from the role. */
function validPayload(name: CommandName, state: NonNullable<ReturnType<ControlClient['latest']>>): Record<string, unknown> {
  const [first] = sessionsInOrder(state.agenda);
  const session = { title: 'Extra session', startsAt: '15:00', endsAt: '15:30', stage: 'plenary' as const, notes: '' };
  const payloads: Partial<Record<CommandName, Record<string, unknown>>> = {
    'stage:go': { sessionId: first!.id },
    'timer:start': { seconds: 300 },
    'section:lock': { section: 'plan', locked: true },
    spotlight: { section: 'experiences', itemId: 'card-1' },
    'agenda:add-session': { dayId: state.agenda.days[0]!.id, session },
    'agenda:update-session': { sessionId: first!.id, changes: { title: 'Renamed' } },
    'agenda:remove-session': { sessionId: first!.id },
    'agenda:move-session': { sessionId: first!.id, dayId: state.agenda.days[1]!.id, index: 0 },
    'roster:mark-returning': { organisation: 'Globe International', returning: true },
    'priority:set': { priorities: { 'current/84.1': 'high' } },
    'workshop:language': { language: 'mn' },
  };
  return payloads[name] ?? {};
}

describe('facilitator commands', () => {
  it('are refused with "forbidden" for participants and projectors, and change nothing', async () => {
    const { workshop, connect, participantToken } = await setup();
    const saranToken = await participantToken('Saran');
    const participant = await connect(saranToken);
    const projector = await connect(workshop.projectorToken);
    const before = participant.latest()!;
    for (const [token, role] of [[saranToken, 'participant'], [workshop.projectorToken, 'projector']] as const) {
      // Every command the server's policies withhold from this role.
      const actor = { role, workshopId: workshop.id, participantId: role === 'participant' ? 'someone' : null, name: role, organisation: null };
      const withheld = COMMAND_NAMES.filter((name) => !COMMAND_TABLE[name].policy(actor));
      expect(withheld).toContain('stage:go');
      // A socket may send a burst of 40 commands; a fresh one per 30 keeps the rate limit out of the answers.
      for (let start = 0; start < withheld.length; start += 30) {
        const client = await connect(token);
        for (const name of withheld.slice(start, start + 30)) {
          const answer = await client.send(name, validPayload(name, before));
          expect(answer, `${name}`).toEqual({ ok: false, error: { code: 'forbidden', message: expect.any(String) } });
        }
      }
    }
    const after = (await participant.send('hand:raise')).ok ? null : participant.latest();
    expect(after?.agenda ?? before.agenda).toEqual(before.agenda);
    const { agenda, locks, timer, currentSessionId, spotlight } = projector.latest()!;
    expect({ agenda, locks, timer, currentSessionId, spotlight }).toEqual({
      agenda: before.agenda,
      locks: before.locks,
      timer: before.timer,
      currentSessionId: before.currentSessionId,
      spotlight: before.spotlight,
    });
  });

  it('moves every client to the new session, late joiners too', async () => {
    const { workshop, connect, participantToken } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const participant = await connect(await participantToken('Saran'));
    const sessions = sessionsInOrder(facilitator.latest()!.agenda);
    const triage = sessions.find((s) => s.stage === 'recommendations')!;

    expect(await facilitator.send('stage:go', { sessionId: triage.id })).toEqual({ ok: true });
    await waitFor(() => participant.latest()?.currentSessionId === triage.id, 'participant follows');
    expect(participant.latest()?.stage).toBe('recommendations');
    const late = await connect(workshop.projectorToken);
    expect(late.latest()?.currentSessionId).toBe(triage.id);
    expect(await facilitator.send('stage:go', { sessionId: 'no-such-session' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('runs one countdown on the server clock that a late joiner sees the same', async () => {
    const { workshop, connect, participantToken } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    await facilitator.send('timer:start', { seconds: 600 });
    await waitFor(() => facilitator.latest()?.timer.endsAt !== null, 'timer running');
    const started = facilitator.latest()!;
    const late = await connect(await participantToken('Late'));
    const seen = late.latest()!;
    expect(seen.timer.endsAt).toBe(started.timer.endsAt);
    // What each screen shows: end minus the server's now, corrected by the server time in the state.
    const remaining = (state: typeof seen) => state.timer.endsAt! - state.serverTime;
    expect(Math.abs(remaining(seen) - (600_000 - (seen.serverTime - started.serverTime)))).toBeLessThan(1000);

    expect(await facilitator.send('timer:pause')).toEqual({ ok: true });
    await waitFor(() => late.latest()?.timer.endsAt === null, 'paused everywhere');
    expect(late.latest()!.timer.remainingMs).toBeGreaterThan(590_000);
    expect(await facilitator.send('timer:pause')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await facilitator.send('timer:resume')).toEqual({ ok: true });
    expect(await facilitator.send('timer:reset')).toEqual({ ok: true });
    await waitFor(() => late.latest()?.timer.remainingMs === 600_000 && late.latest()?.timer.endsAt === null, 'reset');
    expect(await facilitator.send('timer:start', { seconds: -5 })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('a locked section drops a participant’s Yjs updates at the server while the facilitator still writes', async () => {
    // Dropped updates stay on their author's device; after an unlock the server asks for what it misses.
    const { server, workshop, connect, participantToken } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const token = await participantToken('Saran');
    const participantDoc = connectStock(server.url, workshop.id, 'plan', token);
    const facilitatorDoc = connectStock(server.url, workshop.id, 'plan', workshop.facilitatorToken);
    cleanups.push(() => participantDoc.destroy(), () => facilitatorDoc.destroy());
    await Promise.all([synced(participantDoc), synced(facilitatorDoc)]);

    expect(await facilitator.send('section:lock', { section: 'plan', locked: true })).toEqual({ ok: true });
    participantDoc.text.insert(0, 'written while locked. ');
    facilitatorDoc.text.insert(0, 'facilitator note. ');
    await waitFor(() => participantDoc.text.toString().includes('facilitator note. '), 'facilitator edit relayed');
    expect(facilitatorDoc.text.toString()).toBe('facilitator note. ');

    // A fresh reader sees only what the server stored.
    const reader = connectStock(server.url, workshop.id, 'plan', workshop.projectorToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(reader.text.toString()).toBe('facilitator note. ');

    expect(await facilitator.send('section:lock', { section: 'plan', locked: false })).toEqual({ ok: true });
    participantDoc.text.insert(0, 'after unlock. ');
    await waitFor(() => reader.text.toString().includes('after unlock. '), 'edit after unlock relayed');
    await waitFor(() => reader.text.toString() === participantDoc.text.toString(), 'the room converges after the unlock');
  });

  it('keeps raised hands in order; only the facilitator lowers someone else’s', async () => {
    const { workshop, connect, participantToken } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const saran = await connect(await participantToken('Saran', 'Globe International'));
    const bold = await connect(await participantToken('Bold', 'MONFEMNET'));
    expect(await saran.send('hand:raise')).toEqual({ ok: true });
    expect(await bold.send('hand:raise')).toEqual({ ok: true });
    expect(await bold.send('hand:raise')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await waitFor(() => facilitator.latest()?.hands.length === 2, 'two hands');
    const [first, second] = facilitator.latest()!.hands;
    expect([first?.name, second?.name]).toEqual(['Saran', 'Bold']);
    expect(await bold.send('hand:lower', { participantId: first!.participantId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await facilitator.send('hand:raise')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await facilitator.send('hand:lower', { participantId: first!.participantId })).toEqual({ ok: true });
    expect(await bold.send('hand:lower')).toEqual({ ok: true });
    await waitFor(() => facilitator.latest()?.hands.length === 0, 'hands lowered');
  });

  it('writes every accepted command to the audit log, shown to the facilitator', async () => {
    const { workshop, connect, participantToken } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const participant = await connect(await participantToken('Saran'));
    await facilitator.send('section:lock', { section: 'charter', locked: true });
    await participant.send('hand:raise');
    await participant.send('section:lock', { section: 'charter', locked: false });
    const answer = await facilitator.send('audit:list', { limit: 10 });
    expect(answer.ok).toBe(true);
    const entries = (answer as unknown as { entries: { command: string; actorName: string; actorRole: string; detail: unknown }[] }).entries;
    expect(entries.map((e) => [e.command, e.actorName])).toEqual([
      ['hand:raise', 'Saran'],
      ['section:lock', 'Facilitator'],
    ]);
    expect(entries[1]!.detail).toEqual({ section: 'charter', locked: true });
    await waitFor(() => facilitator.audits.length === 2, 'audit events to the facilitator');
    expect(participant.audits).toHaveLength(0);
    expect(await participant.send('audit:list')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('edits the agenda: add, rename, move, remove — but not the session the room is in', async () => {
    const { workshop, connect } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const { agenda } = facilitator.latest()!;
    const [day1, day2] = agenda.days;
    const added = await facilitator.send('agenda:add-session', {
      dayId: day1!.id,
      index: 0,
      session: { title: 'Welcome coffee', startsAt: '08:30', endsAt: '09:00', stage: 'plenary' },
    });
    expect(added.ok).toBe(true);
    const sessionId = (added as unknown as { sessionId: string }).sessionId;
    await facilitator.send('agenda:update-session', { sessionId, changes: { endsAt: '08:55', notes: 'Bring badges' } });
    await facilitator.send('agenda:move-session', { sessionId, dayId: day2!.id, index: 1 });
    await waitFor(() => facilitator.latest()!.agenda.days[1]!.sessions[1]?.id === sessionId, 'moved');
    expect(facilitator.latest()!.agenda.days[1]!.sessions[1]).toMatchObject({ title: 'Welcome coffee', endsAt: '08:55', notes: 'Bring badges' });
    await facilitator.send('stage:go', { sessionId });
    expect(await facilitator.send('agenda:remove-session', { sessionId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await facilitator.send('stage:go', { sessionId: day1!.sessions[0]!.id });
    expect(await facilitator.send('agenda:remove-session', { sessionId })).toEqual({ ok: true, title: 'Welcome coffee' });
    const log = (await facilitator.send('audit:list', { limit: 1 })) as unknown as { entries: { detail: unknown }[] };
    expect(log.entries[0]!.detail).toEqual({ sessionId, title: 'Welcome coffee' });
    expect(await facilitator.send('agenda:update-session', { sessionId: day1!.sessions[0]!.id, changes: { startsAt: '25:00' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid' },
    });
  });

  it('starts from the three-day UPR template and keeps the room’s state across a restart', async () => {
    const first = await setup();
    const facilitator = await first.connect(first.workshop.facilitatorToken);
    const state = facilitator.latest()!;
    expect(state.agenda.days).toHaveLength(3);
    expect(sessionsInOrder(state.agenda).map((s) => s.stage)).toEqual(
      expect.arrayContaining(['plenary', 'experiences', 'recommendations', 'plan', 'strategy', 'charter']),
    );
    const sessionId = state.agenda.days[2]!.sessions[0]!.id;
    await facilitator.send('stage:go', { sessionId });
    await facilitator.send('section:lock', { section: 'experiences', locked: true });
    facilitator.close();
    await first.server.close();

    const second = await setup(first.server.dataDir);
    const again = await second.connect(first.workshop.facilitatorToken);
    expect(again.latest()!.currentSessionId).toBe(sessionId);
    expect(again.latest()!.stage).toBe('charter');
    expect(again.latest()!.locks.experiences).toBe(true);
  });
});
