/**
 * The control state across instances (child processes on one PostgreSQL schema and one Redis):
 * what the facilitator does on one instance is seen, and enforced, on the others; two
 * facilitators on two instances never overwrite each other; presence counts every instance's
 * people and forgets a killed instance's within seconds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { sessionsInOrder } from '../../shared/agenda.js';
import type { Section } from '../../shared/sections.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type Cluster, startCluster } from '../support/cluster.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, type StockClient, synced, syncRoundTrip } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup(instances = 2) {
  const cluster: Cluster = await startCluster({ instances });
  cleanups.push(() => cluster.stopAll());
  const workshop = await createWorkshop(cluster.url(0), cluster.organiserKey);
  const control = async (i: number, token: string): Promise<ControlClient> => {
    const client = connectControl(cluster.url(i), token);
    cleanups.push(() => client.close());
    await waitFor(() => client.latest() !== null, `first state from instance ${i}`);
    return client;
  };
  const participant = async (name: string, organisation: string) => (await joinWorkshop(cluster.url(0), workshop, name, organisation)).token;
  const yjs = async (i: number, section: Section, token: string): Promise<StockClient> => {
    const client = connectStock(cluster.url(i), workshop.id, section, token);
    cleanups.push(() => client.destroy());
    await synced(client);
    return client;
  };
  /** What instance `i` stored of a section, read by a fresh client. */
  const stored = async (i: number, section: Section): Promise<string> => {
    const reader = await yjs(i, section, workshop.projectorToken);
    const text = reader.text.toString();
    reader.destroy();
    return text;
  };
  return { cluster, workshop, control, participant, yjs, stored };
}

describe('control state across instances', { timeout: 90_000 }, () => {
  it('the stage, timer, lock and spotlight set on one instance reach a control client on the other, and a hand raised there reaches the first', async () => {
    const { workshop, control, participant } = await setup();
    const facilitator = await control(0, workshop.facilitatorToken);
    const projector = await control(1, workshop.projectorToken);
    const saran = await control(1, await participant('Saran', 'Globe International'));
    const session = sessionsInOrder(facilitator.latest()!.agenda)[3]!;

    expect(await facilitator.send('stage:go', { sessionId: session.id })).toEqual({ ok: true });
    expect(await facilitator.send('timer:start', { seconds: 300 })).toEqual({ ok: true });
    expect(await facilitator.send('section:lock', { section: 'plan', locked: true })).toEqual({ ok: true });
    expect(await facilitator.send('spotlight', { section: 'experiences', itemId: 'card-1' })).toEqual({ ok: true });
    await expect.poll(() => projector.latest()!.currentSessionId).toBe(session.id);
    await expect.poll(() => projector.latest()!.stage).toBe(session.stage);
    await expect.poll(() => projector.latest()!.timer.endsAt).not.toBeNull();
    expect(projector.latest()!.timer.endsAt).toBe(facilitator.latest()!.timer.endsAt);
    await expect.poll(() => saran.latest()!.locks.plan).toBe(true);
    await expect.poll(() => projector.latest()!.spotlight).toEqual(facilitator.latest()!.spotlight);

    expect(await saran.send('hand:raise')).toEqual({ ok: true });
    await expect.poll(() => facilitator.latest()!.hands.map((hand) => hand.name)).toEqual(['Saran']);
  });

  it('a lock, amendment mode and the charter freeze answered on one instance are enforced on the other at once', async () => {
    const { workshop, control, participant, yjs, stored } = await setup();
    const facilitator = await control(0, workshop.facilitatorToken);
    const token = await participant('Saran', 'Globe International');
    const plan = await yjs(1, 'plan', token);
    const charter = await yjs(1, 'charter', token);
    const facilitatorCharter = await yjs(1, 'charter', workshop.facilitatorToken);

    // Several rounds: each write leaves the moment the command is answered, racing the news of it.
    for (let round = 0; round < 5; round += 1) {
      expect(await facilitator.send('section:lock', { section: 'plan', locked: true })).toEqual({ ok: true });
      plan.text.insert(0, `locked ${round}. `);
      expect(await facilitator.send('charter:amendment-mode', { on: true })).toEqual({ ok: true });
      charter.text.insert(0, `amending ${round}. `);
      await Promise.all([syncRoundTrip(plan), syncRoundTrip(charter)]);
      // Dropped, not lost: it stays on the participant's device, and reaches the room after the unlock.
      expect(await stored(1, 'plan')).not.toContain(`locked ${round}. `);
      expect(await stored(1, 'charter')).not.toContain(`amending ${round}. `);

      expect(await facilitator.send('section:lock', { section: 'plan', locked: false })).toEqual({ ok: true });
      plan.text.insert(0, `open ${round}. `);
      await syncRoundTrip(plan);
      expect(await stored(1, 'plan')).toContain(`open ${round}. `);
      expect(await facilitator.send('charter:amendment-mode', { on: false })).toEqual({ ok: true });
    }

    // The adoption vote freezes the charter for everyone, the facilitator too.
    const opened = await facilitator.send('vote:open', {
      kind: 'yesno',
      question: 'Adopt the charter?',
      franchise: 'participant',
      secret: false,
      showResults: 'live',
      threshold: 'majority',
      adopt: 'charter',
    });
    expect(opened).toMatchObject({ ok: true });
    facilitatorCharter.text.insert(0, 'after the freeze. ');
    await syncRoundTrip(facilitatorCharter);
    expect(await stored(1, 'charter')).not.toContain('after the freeze');
  });

  it('two facilitators on two instances adding and renaming sessions at once lose nothing', async () => {
    const { workshop, control } = await setup();
    const facilitators = [await control(0, workshop.facilitatorToken), await control(1, workshop.facilitatorToken)];
    const agenda = facilitators[0]!.latest()!.agenda;
    const existing = sessionsInOrder(agenda);
    const perFacilitator = 20;
    const session = (title: string) => ({ title, startsAt: '15:00', endsAt: '15:30', stage: 'plenary' as const, notes: '' });
    // Each facilitator adds sessions and renames every other existing one, all at once.
    const answers = await Promise.all(
      facilitators.flatMap((facilitator, f) => [
        ...Array.from({ length: perFacilitator }, (_, i) =>
          facilitator.send('agenda:add-session', { dayId: agenda.days[i % agenda.days.length]!.id, session: session(`F${f} added ${i}`) }),
        ),
        ...existing.flatMap((s, i) => (i % 2 === f ? [facilitator.send('agenda:update-session', { sessionId: s.id, changes: { title: `F${f} renamed ${i}` } })] : [])),
      ]),
    );
    expect(answers.filter((answer) => !answer.ok)).toEqual([]);

    const added = Array.from({ length: perFacilitator }, (_, i) => [`F0 added ${i}`, `F1 added ${i}`]).flat();
    const renamed = existing.map((_, i) => `F${i % 2} renamed ${i}`);
    const expected = [...added, ...renamed].sort();
    for (const facilitator of facilitators) {
      await expect.poll(() => sessionsInOrder(facilitator.latest()!.agenda).map((s) => s.title).sort()).toEqual(expected);
    }
    expect(facilitators[1]!.latest()!.agenda).toEqual(facilitators[0]!.latest()!.agenda);
  });

  it('presence counts the people of every instance and drops a killed instance’s within seconds', async () => {
    const { cluster, workshop, control, participant } = await setup(3);
    const facilitator = await control(0, workshop.facilitatorToken);
    await control(0, await participant('Saran', 'Globe International'));
    await control(1, await participant('Bold', 'MONFEMNET'));
    await control(1, await participant('Oyun', 'MONFEMNET'));
    await control(2, await participant('Tuya', 'Women for Change'));
    const watcher = await control(2, workshop.facilitatorToken);

    for (const client of [facilitator, watcher]) {
      await expect.poll(() => client.latest()!.headcount).toEqual({ participants: 4, organisations: 3 });
      await expect.poll(() => client.latest()!.presence.filter((entry) => entry.role === 'participant').map((entry) => entry.name).sort()).toEqual([
        'Bold',
        'Oyun',
        'Saran',
        'Tuya',
      ]);
    }

    const killedAt = Date.now();
    await cluster.kill9(1);
    for (const client of [facilitator, watcher]) {
      await waitFor(() => client.latest()!.headcount.participants === 2, 'the killed instance’s participants to go', 10_000);
    }
    expect(Date.now() - killedAt).toBeLessThan(8000);
    expect(facilitator.latest()!.presence.map((entry) => entry.name).sort()).toEqual(['Facilitator', 'Saran', 'Tuya'].sort());
  });
});
