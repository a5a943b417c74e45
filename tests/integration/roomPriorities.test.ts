/**
 * The room's priority of a recommendation is the facilitator's decision: server state on the
 * control channel, audited, refused to participants on every channel, and what the record says.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import { importedOf, newEntry, recommendationsOf } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  const organiser: Identity = { role: 'organiser', workshopId: workshop.id, participantId: null, name: 'Organiser', organisation: null };
  await server.rooms.change(documentName(workshop.id, 'recommendations'), organiser, (doc) => {
    for (const ref of ['84.1', '84.2']) {
      const entry = newEntry();
      recommendationsOf(doc).set(`current/${ref}`, entry);
      importedOf(entry).set('ref', ref);
      importedOf(entry).set('text', `Recommendation ${ref}`);
    }
  });
  const connect = async (token: string): Promise<ControlClient> => {
    const client = connectControl(server.url, token);
    cleanups.push(() => client.close());
    await waitFor(() => client.latest() !== null, 'first state');
    return client;
  };
  const participantToken = (await joinWorkshop(server.url, workshop, 'Saran', 'MONFEMNET')).token;
  const record = async (): Promise<WorkshopRecordFile> => {
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/export/record.json`, { headers: { authorization: `Bearer ${workshop.facilitatorToken}` } });
    return (await response.json()) as WorkshopRecordFile;
  };
  return { server, workshop, connect, participantToken, record };
}

describe('the room’s priorities', () => {
  it('the facilitator sets and clears them; every role sees them; the audit log names the vote they came from', async () => {
    const { workshop, connect, participantToken, record } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const participant = await connect(participantToken);
    const projector = await connect(workshop.projectorToken);

    expect(await facilitator.send('priority:set', { priorities: { 'current/84.1': 'high', 'current/84.2': 'low' }, fromVoteId: 'vote-1' })).toEqual({ ok: true });
    for (const client of [facilitator, participant, projector]) {
      await waitFor(() => client.latest()!.priorities['current/84.2'] === 'low', 'priorities seen');
      expect(client.latest()!.priorities).toEqual({ 'current/84.1': 'high', 'current/84.2': 'low' });
    }
    await waitFor(() => facilitator.audits.some((entry) => entry.command === 'priority:set'), 'audited');
    expect(facilitator.audits.find((entry) => entry.command === 'priority:set')?.detail).toMatchObject({ fromVoteId: 'vote-1' });

    expect(await facilitator.send('priority:set', { priorities: { 'current/84.2': null } })).toEqual({ ok: true });
    await waitFor(() => participant.latest()!.priorities['current/84.2'] === undefined, 'cleared');
    const exported = await record();
    expect(exported.recommendations.map((r) => [r.ref, r.priority])).toEqual([['84.1', 'high'], ['84.2', null]]);
    expect(exported.control.priorities).toEqual({ 'current/84.1': 'high' });
  });

  it('a participant can change it on no channel: the command is forbidden and a priority written into the document is ignored', async () => {
    const { server, workshop, connect, participantToken, record } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const participant = await connect(participantToken);
    await facilitator.send('priority:set', { priorities: { 'current/84.1': 'medium' } });

    const refused = await participant.send('priority:set', { priorities: { 'current/84.1': 'low', 'current/84.2': 'high' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // The recommendations document is the participants' to write (tags, leads, comments): a
    // priority they put there is not the room's.
    const writer = connectStock(server.url, workshop.id, 'recommendations', participantToken);
    cleanups.push(() => writer.destroy());
    await synced(writer);
    recommendationsOf(writer.doc).get('current/84.2')!.set('priority', 'high');
    await synced(writer);

    const exported = await record();
    expect(exported.recommendations.map((r) => [r.ref, r.priority])).toEqual([['84.1', 'medium'], ['84.2', null]]);
    expect(participant.latest()!.priorities).toEqual({ 'current/84.1': 'medium' });
  });

  it('refuses a priority that is not one of high, medium, low', async () => {
    const { workshop, connect } = await setup();
    const facilitator = await connect(workshop.facilitatorToken);
    const answer = await facilitator.send('priority:set', { priorities: { 'current/84.1': 'urgent' as 'high' } });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(await facilitator.send('priority:set', { priorities: {} })).toMatchObject({ ok: false, error: { code: 'invalid' } });
    expect(facilitator.latest()!.priorities).toEqual({});
  });
});
