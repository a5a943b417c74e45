import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import type { AuditEntry } from '../../shared/events.js';
import { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { SqliteStore } from '../storage/sqlite/SqliteStore.js';
import { VoteBoard } from '../votes/VoteBoard.js';
import type { CommandDeps, CommandTable } from './commandDefinition.js';
import { COMMAND_TABLE } from './commandTable.js';
import { Revocations } from '../auth/Revocations.js';
import { Accreditations } from './Accreditations.js';
import { ControlStates } from './ControlStates.js';
import { runCommand } from './runCommand.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A real store in a fresh folder, one workshop in it, and the listeners recording what they hear. */
async function setup() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-commands-'));
  const store = SqliteStore.open(dataDir);
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }), () => store.close());
  await store.createWorkshop({ id: 'w1', title: 'Workshop', country: null, startsOn: null, endsOn: null, joinCode: 'join', createdAt: 0 }, []);
  const controls = new ControlStates(store);
  await controls.load('w1');
  const heard: AuditEntry[] = [];
  const deps: CommandDeps = {
    store,
    controls,
    board: new VoteBoard(store, () => undefined),
    rooms: new RoomRegistry({ store, idleUnloadMs: 60_000, mayWrite: () => false }),
    revocations: new Revocations(),
    accreditations: new Accreditations(store),
    standingsChanged: () => undefined,
    presentParticipants: () => [],
    present: () => ({ participants: 0, organisations: 0 }),
    changed: (_workshopId, entry) => heard.push(entry),
    ballotCounted: () => undefined,
  };
  return { store, controls, deps, heard };
}

const facilitator: Identity = { role: 'facilitator', workshopId: 'w1', participantId: null, name: 'Facilitator', organisation: null };
const participant: Identity = { role: 'participant', workshopId: 'w1', participantId: 'p1', name: 'Saran', organisation: 'OSF' };

describe('running a control command', () => {
  it('answers not_found for a name no command has, own properties of the table only', async () => {
    const { deps } = await setup();
    for (const name of ['stage:jump', 'toString', '__proto__']) {
      const answer = await runCommand(name, {}, facilitator, deps);
      expect(answer).toEqual({ ok: false, error: { code: 'not_found', message: expect.stringContaining(name) } });
    }
  });

  it('refuses a payload its schema rejects, naming the field, and changes nothing', async () => {
    const { deps, controls, heard } = await setup();
    const before = structuredClone(controls.get('w1'));
    const answer = await runCommand('timer:start', { seconds: 0 }, facilitator, deps);
    expect(answer).toEqual({ ok: false, error: { code: 'invalid', message: expect.stringContaining('seconds') } });
    expect(controls.get('w1')).toEqual(before);
    expect(heard).toEqual([]);
  });

  it('refuses a role its policy does not allow before reading the payload', async () => {
    const { deps, controls } = await setup();
    const answer = await runCommand('timer:start', { seconds: 'not even a number' }, participant, deps);
    expect(answer).toEqual({ ok: false, error: { code: 'forbidden', message: 'a participant may not timer:start' } });
    expect(controls.get('w1')!.timer.endsAt).toBeNull();
  });

  it('answers with the fields of the result schema once the change is stored', async () => {
    const { deps, store } = await setup();
    const day = (await deps.controls.load('w1')).agenda.days[0]!;
    const session = { title: 'Opening', startsAt: '09:00', endsAt: '09:15', stage: 'plenary' as const };
    const answer = await runCommand('agenda:add-session', { dayId: day.id, session }, facilitator, deps);
    expect(answer).toEqual({ ok: true, sessionId: expect.any(String) });
    const [entry] = await store.listAudit('w1', 1);
    expect(entry).toMatchObject({ command: 'agenda:add-session', detail: { dayId: day.id, sessionId: expect.any(String) } });
  });

  it('answers internal, and says the change was made, when a use case answers fields its result schema does not declare', async () => {
    const { deps } = await setup();
    // A use case that would leak a field (say, a ballot's choice) into its answer.
    const leaking: CommandTable = { ...COMMAND_TABLE, 'timer:reset': { policy: () => true, resolve: async () => JSON.parse('{"choice":"yes"}') } };
    const answer = await runCommand('timer:reset', {}, facilitator, deps, leaking);
    expect(answer).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('carried out') } });
  });

  it('still answers ok when a listener throws after the change was stored', async () => {
    const { deps, controls, store } = await setup();
    const throwing: CommandDeps = {
      ...deps,
      changed: () => {
        throw new Error('a broadcast failed');
      },
    };
    const answer = await runCommand('timer:start', { seconds: 60 }, facilitator, throwing);
    expect(answer).toEqual({ ok: true });
    expect(controls.get('w1')!.timer.durationMs).toBe(60_000);
    expect((await store.listAudit('w1', 1))[0]).toMatchObject({ command: 'timer:start' });
  });
});

describe('marking an organisation as returning', () => {
  it('folds names as votes and presence do: "OSF " and "osf" are one organisation', async () => {
    const { deps, controls } = await setup();
    expect(await runCommand('roster:mark-returning', { organisation: 'OSF ', returning: true }, facilitator, deps)).toEqual({ ok: true });
    expect(await runCommand('roster:mark-returning', { organisation: 'osf', returning: true }, facilitator, deps)).toEqual({ ok: true });
    expect(controls.get('w1')!.returningOrganisations).toEqual(['osf']);
    expect(await runCommand('roster:mark-returning', { organisation: 'Osf', returning: false }, facilitator, deps)).toEqual({ ok: true });
    expect(controls.get('w1')!.returningOrganisations).toEqual([]);
  });
});
