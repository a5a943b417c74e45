/**
 * The invitation list: once it names an organisation, newcomers wait until the facilitator
 * admits them, refused on every channel meanwhile; only delegates of listed organisations cast
 * an organisation's ballot; two spellings merged are one organisation with one ballot.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import type { VoteResult } from '../../shared/votes.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { openWorkshopRoom, type WorkshopRoom } from '../support/workshopRoom.js';
import { connectStock } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const orgVote = { kind: 'yesno', question: 'Adopt the charter?', franchise: 'organisation', secret: false, showResults: 'live', threshold: 'majority' } as const;

async function openOrgVote(facilitator: ControlClient): Promise<string> {
  const answer = await facilitator.send('vote:open', orgVote);
  expect(answer).toMatchObject({ ok: true });
  return (answer as unknown as { voteId: string }).voteId;
}

const cast = (client: ControlClient, voteId: string, choice: string) => client.send('vote:cast', { voteId, choice: choice as never, requestId: randomUUID() });

async function listOrganisation(facilitator: ControlClient, name: string, aliases: string[] = []): Promise<string> {
  const answer = await facilitator.send('invitations:save-organisation', { name, aliases, returning: false });
  expect(answer).toMatchObject({ ok: true });
  return (answer as unknown as { organisationId: string }).organisationId;
}

/** Joins over HTTP and admits from the waiting list with the payload given (the suggestion when none), then connects. */
async function joinAdmitted(room: WorkshopRoom, facilitator: ControlClient, name: string, typed: string, admit: Record<string, unknown> = {}) {
  const joined = await room.join(name, typed);
  await waitFor(() => facilitator.latest()!.accreditation.waiting.some((w) => w.participantId === joined.participantId), `${name} waiting`);
  expect(await facilitator.send('participant:admit', { participantId: joined.participantId, ...admit })).toMatchObject({ ok: true });
  return { ...joined, control: await room.connect(joined.token) };
}

describe('accreditation', () => {
  it('an empty list changes nothing: the join admits and the typed name votes', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const saran = await room.connect((await room.join('Saran', 'Globe International')).token);
    expect(saran.latest()!.accreditation).toEqual({ inForce: false, waitingCount: 0, waiting: [], list: null });
    const voteId = await openOrgVote(facilitator);
    expect(await cast(saran, voteId, 'yes')).toEqual({ ok: true, ballot: 'cast' });
  });

  it('a newcomer waits, refused on HTTP, Yjs and every command, until one click admits them; the projector counts, never names', async () => {
    const room = await openWorkshopRoom(cleanups);
    const { url } = room.server;
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const projector = await room.connect(room.workshop.projectorToken);
    const osf = await listOrganisation(facilitator, 'Open Society Forum Mongolia', ['OSF']);
    const newcomer = await room.join('Tuya', 'osf ');

    await waitFor(() => facilitator.latest()!.accreditation.waitingCount === 1, 'newcomer on the waiting list');
    expect(facilitator.latest()!.accreditation.waiting).toEqual([
      expect.objectContaining({ participantId: newcomer.participantId, name: 'Tuya', organisation: 'osf', suggestedOrganisationId: osf }),
    ]);
    await waitFor(() => projector.latest()!.accreditation.waitingCount === 1, 'projector counts');
    expect(projector.latest()!.accreditation).toMatchObject({ waiting: [], list: null });
    expect(JSON.stringify(projector.latest())).not.toContain('Tuya');

    // Who-am-I answers (the waiting page needs it); sections do not.
    const me = await fetch(`${url}/api/workshops/${room.workshop.id}/me`, { headers: { authorization: `Bearer ${newcomer.token}` } });
    expect(((await me.json()) as { identity: { waiting?: boolean } }).identity.waiting).toBe(true);
    const section = await fetch(`${url}/api/workshops/${room.workshop.id}/sections/plan/state`, { headers: { authorization: `Bearer ${newcomer.token}` } });
    expect(section.ok).toBe(false);
    // Nor the coalition's implementation tracking: not its board, not its submission setting.
    const board = await fetch(`${url}/api/workshops/${room.workshop.id}/tracking`, { headers: { authorization: `Bearer ${newcomer.token}` } });
    expect(board.status).toBe(403);
    const submission = await fetch(`${url}/api/workshops/${room.workshop.id}/tracking/submission`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${newcomer.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'single' }),
    });
    expect(submission.status).toBe(403);
    const writer = connectStock(url, room.workshop.id, 'plan', newcomer.token);
    cleanups.push(() => writer.destroy());
    const closed = await new Promise<number>((resolve) => writer.provider.ws!.addEventListener('close', (event) => resolve(event.code), { once: true }));
    expect(closed).toBe(CLOSE_CODES.unauthorized);

    // The control socket connects, gets no state, and every command is refused.
    const waiting = connectControl(url, newcomer.token);
    cleanups.push(() => waiting.close());
    await waitFor(() => waiting.socket.connected, 'waiting socket connected');
    expect(await waiting.send('hand:raise')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await waiting.send('participant:admit', { participantId: newcomer.participantId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(waiting.latest()).toBeNull();

    // One click: admitted to the suggested organisation; their socket is told and closed, so the page moves on.
    const told = new Promise<void>((resolve) => waiting.socket.once('session:changed', () => resolve()));
    expect(await facilitator.send('participant:admit', { participantId: newcomer.participantId })).toEqual({ ok: true, organisationId: osf });
    await told;
    await waitFor(() => facilitator.latest()!.accreditation.waitingCount === 0, 'waiting list empty');
    const admitted = await room.connect(newcomer.token);
    expect(admitted.latest()!.presence.map((p) => p.organisation)).toEqual(['Open Society Forum Mongolia']);
    expect((await facilitator.send('audit:list', { limit: 10 })) as unknown as { entries: { command: string }[] }).toMatchObject({
      entries: expect.arrayContaining([expect.objectContaining({ command: 'participant:admit' })]),
    });
  });

  it('a person not on the list cannot cast an organisation’s ballot; the ballot holder alone casts it', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const globe = await listOrganisation(facilitator, 'Globe International');
    const holderId = ((await facilitator.send('invitations:save-delegate', { organisationId: globe, name: 'Saran', contact: 'saran@example.org', ballotHolder: true })) as unknown as {
      delegateId: string;
    }).delegateId;
    // Typed the organisation's name, admitted without a match: not a delegate of a listed organisation.
    const impostor = await joinAdmitted(room, facilitator, 'Impostor', 'Unknown NGO', { organisationId: null });
    const colleague = await joinAdmitted(room, facilitator, 'Bold', 'Globe International');
    const saran = await joinAdmitted(room, facilitator, 'Saran', 'Globe International', { delegateId: holderId });

    const voteId = await openOrgVote(facilitator);
    expect(await cast(impostor.control, voteId, 'no')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await cast(colleague.control, voteId, 'no')).toMatchObject({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('Saran') } });
    expect(await cast(saran.control, voteId, 'yes')).toEqual({ ok: true, ballot: 'cast' });
    // Quorum counts accredited organisations present: Globe only, not the impostor's.
    const result = (await facilitator.send('vote:close', { voteId })) as unknown as { result: VoteResult };
    expect(result.result.turnout).toEqual({ ballots: 1, present: 1 });
    expect(result.result.roll).toEqual({ listVersion: expect.any(Number), organisations: 1 });
    expect(result.result.counts).toMatchObject({ yes: 1, no: 0 });
  });

  it('merging two spellings gives one ballot, and the delegates of both follow', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const canonical = await listOrganisation(facilitator, 'Open Society Forum Mongolia');
    const variant = await listOrganisation(facilitator, 'OSF');
    const first = await joinAdmitted(room, facilitator, 'Tuya', 'OSF');
    const second = await joinAdmitted(room, facilitator, 'Naraa', 'Open Society Forum Mongolia');
    await waitFor(() => facilitator.latest()!.headcount.organisations === 2, 'two organisations present');

    const voteId = await openOrgVote(facilitator);
    expect(await cast(first.control, voteId, 'yes')).toEqual({ ok: true, ballot: 'cast' });
    expect(await cast(second.control, voteId, 'no')).toEqual({ ok: true, ballot: 'cast' });
    await waitFor(() => facilitator.latest()!.votes[0]!.turnout.ballots === 2, 'two ballots before the merge');

    const changed = new Promise<void>((resolve) => first.control.socket.once('session:changed', () => resolve()));
    expect(await facilitator.send('invitations:merge', { fromId: variant, intoId: canonical })).toEqual({ ok: true, participants: 1, droppedBallots: 1 });
    await changed;
    await waitFor(() => facilitator.latest()!.votes[0]!.turnout.ballots === 1, 'one ballot after the merge');
    expect(facilitator.latest()!.accreditation.list!.organisations).toEqual([
      expect.objectContaining({ id: canonical, name: 'Open Society Forum Mongolia', aliases: ['OSF'] }),
    ]);
    // The earlier ballot (Tuya's) is the organisation's; Naraa's cast is now taken.
    const again = await room.connect(first.token);
    expect(await cast(second.control, voteId, 'abstain')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await cast(again, voteId, 'no')).toEqual({ ok: true, ballot: 'replaced' });
    await waitFor(() => facilitator.latest()!.headcount.organisations === 1, 'one organisation present');
    const result = (await facilitator.send('vote:close', { voteId })) as unknown as { result: VoteResult };
    expect(result.result.ballots).toBe(1);
    expect(result.result.counts).toMatchObject({ no: 1, yes: 0 });
    expect(result.result.voters).toEqual([{ name: 'Tuya', organisation: 'Open Society Forum Mongolia' }]);
    // The record counts them under one organisation too, and says which list the vote was counted against.
    const exported = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/export/record.json`, {
      headers: { authorization: `Bearer ${room.workshop.facilitatorToken}` },
    });
    const record = (await exported.json()) as WorkshopRecordFile;
    expect(record.attendance.map((a) => a.organisation)).toEqual(['Open Society Forum Mongolia', 'Open Society Forum Mongolia']);
    expect(record.votes[0]).toMatchObject({ franchise: 'organisation', roll: { organisations: 1 } });
  });

  it('the list’s returning flag is the one truth: marking a listed organisation writes it there and the record follows', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    await facilitator.send('roster:mark-returning', { organisation: 'Unlisted NGO', returning: true });
    await waitFor(() => facilitator.latest()!.returningOrganisations.includes('Unlisted NGO'), 'marked before a list');
    const osf = await listOrganisation(facilitator, 'Open Society Forum Mongolia', ['OSF']);
    expect(await facilitator.send('roster:mark-returning', { organisation: 'osf', returning: true })).toEqual({ ok: true });
    // The listed one's name is the list's canonical one; the unlisted one stays as marked.
    await waitFor(() => facilitator.latest()!.returningOrganisations.join() === 'Open Society Forum Mongolia,Unlisted NGO', 'record follows the list');
    expect(facilitator.latest()!.accreditation.list!.organisations).toEqual([expect.objectContaining({ id: osf, returning: true })]);
  });

  it('refuses a second organisation answering to a listed spelling, and a merge into itself', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const osf = await listOrganisation(facilitator, 'Open Society Forum Mongolia', ['OSF']);
    expect(await facilitator.send('invitations:save-organisation', { name: ' osf', aliases: [], returning: false })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await facilitator.send('invitations:merge', { fromId: osf, intoId: osf })).toMatchObject({ ok: false, error: { code: 'invalid' } });
  });

  it('matching a participant to one organisation by a spelling another answers to does not give it that spelling', async () => {
    const room = await openWorkshopRoom(cleanups);
    const facilitator = await room.connect(room.workshop.facilitatorToken);
    const osf = await listOrganisation(facilitator, 'Open Society Forum Mongolia', ['OSF']);
    const globe = await listOrganisation(facilitator, 'Globe International');
    await joinAdmitted(room, facilitator, 'Tuya', 'OSF', { organisationId: globe });
    const list = () => facilitator.latest()!.accreditation.list!.organisations;
    await waitFor(() => facilitator.latest()!.accreditation.waiting.length === 0, 'admitted');
    expect(list().find((org) => org.id === globe)!.aliases).toEqual([]);
    expect(list().find((org) => org.id === osf)!.aliases).toEqual(['OSF']);
    // A spelling no one answers to is still learnt.
    await joinAdmitted(room, facilitator, 'Saran', 'Globe Intl', { organisationId: globe });
    await waitFor(() => list().find((org) => org.id === globe)!.aliases.includes('Globe Intl'), 'the new spelling learnt');
  });
});
