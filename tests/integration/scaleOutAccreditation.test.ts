/**
 * The invitation list across instances (child processes on one PostgreSQL schema and one Redis):
 * a newcomer joining on one instance waits on the facilitator's list on another; admitted there,
 * they are told on their own instance and cast their organisation's ballot there; a merge made on
 * one instance gives one ballot on the other.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type Cluster, startCluster } from '../support/cluster.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const orgVote = { kind: 'yesno', question: 'Adopt the charter?', franchise: 'organisation', secret: false, showResults: 'live', threshold: 'majority' } as const;

const cast = (client: ControlClient, voteId: string, choice: 'yes' | 'no') => client.send('vote:cast', { voteId, choice, requestId: randomUUID() });

describe('accreditation across instances', { timeout: 90_000 }, () => {
  it('a newcomer joining on B waits on A’s console, is admitted on A and votes on B; a merge on A gives one ballot on B', async () => {
    const cluster: Cluster = await startCluster({ instances: 2 });
    cleanups.push(() => cluster.stopAll());
    const workshop = await createWorkshop(cluster.url(0), cluster.organiserKey);
    const connect = (i: number, token: string) => {
      const client = connectControl(cluster.url(i), token);
      cleanups.push(() => client.close());
      return client;
    };
    const connected = async (i: number, token: string) => {
      const client = connect(i, token);
      await waitFor(() => client.latest() !== null, `first state from instance ${i}`);
      return client;
    };
    const facilitator = await connected(0, workshop.facilitatorToken);
    // B has loaded the workshop's book before the list exists: what follows must reach it.
    const consoleB = await connected(1, workshop.facilitatorToken);

    const listed = async (name: string, aliases: string[]) =>
      ((await facilitator.send('invitations:save-organisation', { name, aliases, returning: false })) as unknown as { organisationId: string }).organisationId;
    const canonical = await listed('Open Society Forum Mongolia', ['OSF']);
    const variant = await listed('Open Society Forum', []);
    await expect.poll(() => consoleB.latest()!.accreditation.list?.organisations.length, { timeout: 10_000 }).toBe(2);

    /** Joins through B, waits on A's list, is admitted on A; their waiting socket on B is told. */
    const admittedOnB = async (name: string, typed: string, organisationId: string) => {
      const joined = await joinWorkshop(cluster.url(1), workshop, name, typed);
      await expect
        .poll(() => facilitator.latest()!.accreditation.waiting.find((w) => w.participantId === joined.participantId), { timeout: 10_000 })
        .toMatchObject({ name, suggestedOrganisationId: organisationId });
      await expect.poll(() => consoleB.latest()!.accreditation.waitingCount, { timeout: 10_000 }).toBe(1);
      const waiting = connect(1, joined.token);
      await waitFor(() => waiting.socket.connected, `${name}'s waiting socket on B`);
      const told = new Promise<void>((resolve) => waiting.socket.once('session:changed', () => resolve()));
      expect(await facilitator.send('participant:admit', { participantId: joined.participantId, organisationId })).toEqual({ ok: true, organisationId });
      await told;
      await expect.poll(() => consoleB.latest()!.accreditation.waitingCount, { timeout: 10_000 }).toBe(0);
      return { token: joined.token, control: await connected(1, joined.token) };
    };

    const tuya = await admittedOnB('Tuya', 'osf', canonical);
    const naraa = await admittedOnB('Naraa', 'Open Society Forum', variant);
    // B's headcount counts the two listed organisations its own book now holds.
    await expect.poll(() => consoleB.latest()!.headcount.organisations, { timeout: 10_000 }).toBe(2);

    const opened = (await facilitator.send('vote:open', orgVote)) as unknown as { voteId: string };
    const { voteId } = opened;
    expect(await cast(tuya.control, voteId, 'yes')).toEqual({ ok: true, ballot: 'cast' });
    expect(await cast(naraa.control, voteId, 'no')).toEqual({ ok: true, ballot: 'cast' });

    // The merge on A: Naraa's socket on B is told, B's list and headcount follow, and on B the organisation has one ballot (Tuya's).
    const changed = new Promise<void>((resolve) => naraa.control.socket.once('session:changed', () => resolve()));
    expect(await facilitator.send('invitations:merge', { fromId: variant, intoId: canonical })).toEqual({ ok: true, participants: 1, droppedBallots: 1 });
    await changed;
    await expect.poll(() => consoleB.latest()!.accreditation.list?.organisations.map((org) => org.id), { timeout: 10_000 }).toEqual([canonical]);
    const naraaAgain = await connected(1, naraa.token);
    await expect.poll(() => consoleB.latest()!.presence.filter((p) => p.role === 'participant').length, { timeout: 10_000 }).toBe(2);
    expect(consoleB.latest()!.headcount.organisations).toBe(1);
    expect(await cast(naraaAgain, voteId, 'no')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await cast(tuya.control, voteId, 'no')).toEqual({ ok: true, ballot: 'replaced' });

    const closed = (await facilitator.send('vote:close', { voteId })) as unknown as { result: { ballots: number; voters: unknown[] } };
    expect(closed.result.ballots).toBe(1);
    expect(closed.result.voters).toEqual([{ name: 'Tuya', organisation: 'Open Society Forum Mongolia' }]);
  });
});

