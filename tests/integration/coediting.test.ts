import { afterEach, describe, expect, it } from 'vitest';
import { CLOSE_CODES } from '../../shared/closeCodes.js';
import { createWorkshop, joinWorkshop } from '../support/api.js';
import { startTestServer } from '../support/testServer.js';
import { connectRaw, connectStock, type StockClient, synced } from '../support/yjsClients.js';
import { waitFor } from '../support/waitFor.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setup() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const workshop = await createWorkshop(server.url, server.organiserKey);
  const connect = (token: string, section: 'experiences' | 'charter' = 'experiences'): StockClient => {
    const client = connectStock(server.url, workshop.id, section, token);
    cleanups.push(() => client.destroy());
    return client;
  };
  return { server, workshop, connect };
}

describe('co-editing over the stock y-websocket provider', () => {
  it('two participants typing in one text both keep their words', async () => {
    const { server, workshop, connect } = await setup();
    const alice = connect((await joinWorkshop(server.url, workshop, 'Alice')).token);
    const bold = connect((await joinWorkshop(server.url, workshop, 'Bold')).token);
    await Promise.all([synced(alice), synced(bold)]);

    alice.text.insert(0, 'Torture prevention. ');
    bold.text.insert(0, 'Child rights. ');
    await waitFor(() => alice.text.toString().length === 34 && bold.text.toString().length === 34, 'both edits everywhere');

    expect(alice.text.toString()).toBe(bold.text.toString());
    expect(alice.text.toString()).toContain('Torture prevention. ');
    expect(alice.text.toString()).toContain('Child rights. ');
  });

  it('a caret comes back with its reconnect, not at its second move after it', async () => {
    const { server, workshop, connect } = await setup();
    const alice = connect((await joinWorkshop(server.url, workshop, 'Alice')).token);
    const bold = connect((await joinWorkshop(server.url, workshop, 'Bold')).token);
    await Promise.all([synced(alice), synced(bold)]);
    alice.provider.awareness.setLocalStateField('cursor', { anchor: 4 });
    const aliceSeenByBold = () => (bold.provider.awareness.getStates().get(alice.doc.clientID) as { cursor?: unknown } | undefined)?.cursor;
    await waitFor(() => aliceSeenByBold() !== undefined, 'her caret shown');

    // Her connection drops (the Wi-Fi, not her leaving): the server removes her caret one clock
    // on, as the reference server does; she reconnects and her state returns at the clock she had.
    alice.provider.ws!.close();
    await waitFor(() => aliceSeenByBold() === undefined, 'her caret removed');
    await waitFor(() => aliceSeenByBold() !== undefined, 'her caret shown again without a move');
    expect(aliceSeenByBold()).toEqual({ anchor: 4 });

    // She leaves (her client says goodbye at its own clock) and comes back: shown again at once too.
    alice.provider.disconnect();
    await waitFor(() => aliceSeenByBold() === undefined, 'her caret removed as she left');
    alice.provider.connect();
    await waitFor(() => aliceSeenByBold() !== undefined, 'her caret shown again as she returns');
  });

  it('content survives a server restart on the same data folder', async () => {
    const first = await startTestServer();
    const workshop = await createWorkshop(first.url, first.organiserKey);
    const { token } = await joinWorkshop(first.url, workshop, 'Alice');
    const writer = connectStock(first.url, workshop.id, 'experiences', token);
    await synced(writer);
    writer.text.insert(0, 'Law on domestic violence amended in 2016');
    const reader = connectStock(first.url, workshop.id, 'experiences', workshop.facilitatorToken);
    await waitFor(() => reader.text.toString().length > 0, 'the edit relayed');
    writer.destroy();
    reader.destroy();
    await first.close();

    const second = await startTestServer({ dataDir: first.dataDir });
    cleanups.push(() => second.close());
    // The participant's token was stored as a hash and still opens the workshop after restart.
    const again = connectStock(second.url, workshop.id, 'experiences', token);
    cleanups.push(() => again.destroy());
    await synced(again);
    expect(again.text.toString()).toBe('Law on domestic violence amended in 2016');
  });

  it('projector updates never reach other clients and are never stored', async () => {
    const { server, workshop, connect } = await setup();
    const participant = connect((await joinWorkshop(server.url, workshop, 'Alice')).token);
    const projector = connect(workshop.projectorToken);
    await Promise.all([synced(participant), synced(projector)]);

    projector.text.insert(0, 'written by the projector');
    participant.text.insert(0, 'written by a participant');
    await waitFor(() => projector.text.toString().includes('written by a participant'), 'participant edit reaches projector');

    // The participant's edit was relayed after the projector's was sent; the projector's never arrives.
    expect(participant.text.toString()).toBe('written by a participant');
    const late = connect(workshop.facilitatorToken);
    await synced(late);
    expect(late.text.toString()).toBe('written by a participant');
  });

  it('sections are separate documents', async () => {
    const { server, workshop, connect } = await setup();
    const { token } = await joinWorkshop(server.url, workshop, 'Alice');
    const experiences = connect(token, 'experiences');
    const charter = connect(token, 'charter');
    await Promise.all([synced(experiences), synced(charter)]);
    experiences.text.insert(0, 'only in experiences');
    const observer = connect(workshop.facilitatorToken, 'experiences');
    await waitFor(() => observer.text.toString() === 'only in experiences', 'experiences edit relayed');
    expect(charter.text.toString()).toBe('');
  });
});

describe('the Yjs endpoint refuses before sending any content', () => {
  async function expectRefused(path: (ids: { id: string; token: string; otherToken: string }) => string, code: number) {
    const { server, workshop, connect } = await setup();
    const writer = connect(workshop.facilitatorToken);
    await synced(writer);
    writer.text.insert(0, 'confidential draft');
    const other = await createWorkshop(server.url, server.organiserKey, 'Another workshop');
    await waitFor(() => server.rooms.loadedRooms().length === 1, 'room loaded');

    const raw = connectRaw(server.url, path({ id: workshop.id, token: workshop.facilitatorToken, otherToken: other.facilitatorToken }));
    const closed = await raw.closed;
    expect(closed.code).toBe(code);
    expect(raw.received).toHaveLength(0);
  }

  it('a token of another workshop opens nothing', () =>
    expectRefused(({ id, otherToken }) => `/yjs/${id}/experiences?token=${otherToken}`, CLOSE_CODES.unauthorized));
  it('a missing token is refused', () => expectRefused(({ id }) => `/yjs/${id}/experiences`, CLOSE_CODES.unauthorized));
  it('a forged token is refused', () =>
    expectRefused(({ id }) => `/yjs/${id}/experiences?token=${'x'.repeat(43)}`, CLOSE_CODES.unauthorized));
  it('an unknown section is refused', () =>
    expectRefused(({ id, token }) => `/yjs/${id}/minutes?token=${token}`, CLOSE_CODES.notFound));
});
