import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CHARTER_FRAGMENT, canonicalCharterText } from '../../shared/charterText.js';
import type { WorkshopRecordFile } from '../../shared/record.js';
import type { VoteResult } from '../../shared/votes.js';
import { SqliteStore } from '../../server/storage/sqlite/SqliteStore.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { adoption, editAndFlush, openCharterRoom, sha256, writeParagraph } from '../support/charterRoom.js';
import type { StockClient } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});



function writeCharter(client: StockClient): void {
  const heading = new Y.XmlElement('heading');
  heading.setAttribute('level', '1');
  heading.insert(0, [new Y.XmlText('Outcome charter')]);
  const list = new Y.XmlElement('orderedList');
  list.insert(
    0,
    ['Ratify OP-CAT.', 'Protect human rights defenders.'].map((text) => {
      const item = new Y.XmlElement('listItem');
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(text)]);
      item.insert(0, [paragraph]);
      return item;
    }),
  );
  client.doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, [heading, list]);
}

const EXPECTED_TEXT = 'Outcome charter\n\n1. Ratify OP-CAT.\n2. Protect human rights defenders.';

const draftingRoom = () => openCharterRoom(cleanups, writeCharter, EXPECTED_TEXT);

async function voteAndClose(facilitator: ControlClient, voteId: string, ballots: [ControlClient, string][]): Promise<VoteResult> {
  for (const [client, choice] of ballots) expect((await client.send('vote:cast', { voteId, choice: choice as never, requestId: randomUUID() })).ok).toBe(true);
  const answer = await facilitator.send('vote:close', { voteId });
  expect(answer.ok).toBe(true);
  return (answer as unknown as { result: VoteResult }).result;
}

describe('charter adoption', () => {
  it('freezes the charter at the Yjs endpoint, hashes its canonical text, adopts it for good, and takes one signature per organisation', async () => {
    const { room, facilitator, people, writer, facilitatorDoc, readBack } = await draftingRoom();
    expect(await people.saran.send('charter:sign')).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const opened = await facilitator.send('vote:open', adoption);
    expect(opened).toMatchObject({ ok: true, voteId: expect.any(String), charterHash: sha256(EXPECTED_TEXT) });
    const { voteId } = opened as unknown as { voteId: string };
    await waitFor(() => people.tuya.latest()?.votes.some((v) => v.id === voteId) === true, 'the ballot screen shows the vote');
    expect(people.tuya.latest()?.votes.find((v) => v.id === voteId)?.charterHash).toBe(sha256(EXPECTED_TEXT));
    expect(people.tuya.latest()?.charter.frozen).toBe(true);

    // Frozen for everyone, the facilitator too: the server neither stores nor relays either edit.
    await editAndFlush(facilitatorDoc, writer, () => writeParagraph(facilitatorDoc, 'A facilitator’s late addition.'));
    await editAndFlush(writer, facilitatorDoc, () => writeParagraph(writer, 'A participant’s late addition.'));
    expect(canonicalCharterText(writer.doc)).not.toContain('facilitator’s late addition');
    expect(await readBack()).toBe(EXPECTED_TEXT);

    const result = await voteAndClose(facilitator, voteId, [
      [people.saran, 'yes'],
      [people.tuya, 'yes'],
    ]);
    expect(result).toMatchObject({ passed: true, turnout: { ballots: 2, present: 2 }, charterHash: sha256(EXPECTED_TEXT) });
    await waitFor(() => people.tuya.latest()?.charter.adopted !== null, 'adoption reaches everyone');
    const adopted = people.tuya.latest()!.charter.adopted!;
    expect(adopted).toMatchObject({ text: EXPECTED_TEXT, hash: sha256(adopted.text), voteId, result: { passed: true } });

    expect(await facilitator.send('charter:unfreeze')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await facilitator.send('vote:open', adoption as never)).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await editAndFlush(facilitatorDoc, writer, () => writeParagraph(facilitatorDoc, 'After adoption.'));
    expect(await readBack()).toBe(EXPECTED_TEXT);

    expect(await people.saran.send('charter:sign')).toEqual({ ok: true });
    expect(await people.bold.send('charter:sign')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await people.tuya.send('charter:sign')).toEqual({ ok: true });
    expect(await facilitator.send('charter:sign')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await waitFor(() => people.bold.latest()?.charter.signatories.length === 2, 'signatures reach everyone');
    expect(people.bold.latest()!.charter.signatories.map((s) => [s.organisation, s.name])).toEqual([
      ['MONFEMNET', 'Saran'],
      ['Globe International', 'Tuya'],
    ]);

    // The record keeps the adopted text, its hash and the vote — counts and who voted, never how.
    const response = await fetch(`${room.server.url}/api/workshops/${room.workshop.id}/export/record.json`, {
      headers: { authorization: `Bearer ${room.workshop.facilitatorToken}` },
    });
    const record = (await response.json()) as WorkshopRecordFile;
    expect(record.charter).toMatchObject({ text: EXPECTED_TEXT, adopted: true, hash: sha256(EXPECTED_TEXT), voteId });
    expect(record.charter.signatories.map((s) => s.organisation)).toEqual(['MONFEMNET', 'Globe International']);
    expect(record.votes).toEqual([
      expect.objectContaining({ id: voteId, kind: 'yesno', secret: true, results: { yes: 2, no: 0, abstain: 0 }, quorumMet: true, passed: true, openBallots: null }),
    ]);
    expect(JSON.stringify(record.votes)).not.toMatch(/"choice"/);
  });

  it('after a failed adoption the charter stays frozen until the facilitator unfreezes it, then drafting goes on', async () => {
    const { facilitator, people, writer, facilitatorDoc, readBack } = await draftingRoom();
    const opened = await facilitator.send('vote:open', adoption);
    const { voteId } = opened as unknown as { voteId: string };
    expect(await facilitator.send('charter:unfreeze')).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const result = await voteAndClose(facilitator, voteId, [
      [people.saran, 'yes'],
      [people.tuya, 'no'],
    ]);
    expect(result).toMatchObject({ passed: false, threshold: { rule: 'two-thirds', for: 1, against: 1, met: false } });
    await waitFor(() => facilitator.latest()?.charter.adoptionVoteId === null, 'the adoption vote is over');
    expect(facilitator.latest()?.charter).toMatchObject({ frozen: true, adopted: null });
    expect(await people.saran.send('charter:sign')).toMatchObject({ ok: false, error: { code: 'conflict' } });
    await editAndFlush(writer, facilitatorDoc, () => writeParagraph(writer, 'Still frozen.'));
    expect(await readBack()).toBe(EXPECTED_TEXT);

    expect(await people.saran.send('charter:unfreeze')).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await facilitator.send('charter:unfreeze')).toEqual({ ok: true });
    writeParagraph(writer, 'Amended after the vote.');
    // The refused edit stays on its author's device; after the unfreeze it reaches the room too.
    await waitFor(() => canonicalCharterText(facilitatorDoc.doc).endsWith('Amended after the vote.'), 'drafting goes on');
    await waitFor(async () => (await readBack()).includes('Amended after the vote.'), 'the server stored the amendment');
  });
});

describe('an adoption vote interrupted by a restart', () => {
  it('is counted and settles the charter on the next close when the server stopped between closing and counting', async () => {
    const { room, facilitator, people } = await draftingRoom();
    const { voteId } = (await facilitator.send('vote:open', adoption)) as unknown as { voteId: string };
    for (const person of [people.saran, people.tuya]) await person.send('vote:cast', { voteId, choice: 'yes', requestId: randomUUID() });
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();

    // What a crash right after the atomic close leaves behind: closed, not counted, charter still awaiting its vote.
    const store = SqliteStore.open(room.server.dataDir);
    expect(await store.closeVote(voteId, Date.now())).toHaveLength(2);
    await store.close();

    const again = await startTestServer({ dataDir: room.server.dataDir });
    cleanups.push(() => again.close());
    const restarted = connectControl(again.url, room.workshop.facilitatorToken);
    cleanups.push(() => restarted.close());
    await waitFor(() => restarted.latest() !== null, 'state after the restart');
    expect(restarted.latest()!.charter).toMatchObject({ frozen: true, adoptionVoteId: voteId });
    expect(await restarted.send('charter:unfreeze')).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const answer = await restarted.send('vote:close', { voteId });
    expect(answer).toMatchObject({ ok: true, result: { counts: { yes: 2, no: 0, abstain: 0 }, passed: true } });
    await waitFor(() => restarted.latest()?.charter.adopted?.hash === sha256(EXPECTED_TEXT), 'the charter is adopted');
    expect(await restarted.send('vote:close', { voteId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});
