import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Amendment } from '../../shared/amendments.js';
import { CHARTER_FRAGMENT, canonicalCharterText } from '../../shared/charterText.js';
import { SqliteStore } from '../../server/storage/sqlite/SqliteStore.js';
import { buildResult } from '../../server/votes/result.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { startTestServer } from '../support/testServer.js';
import { waitFor } from '../support/waitFor.js';
import { editAndFlush, openCharterRoom } from '../support/charterRoom.js';
import { connectStock, type StockClient, synced } from '../support/yjsClients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const OP_CAT = 'Ratify OP-CAT without delay.';
const DEFENDERS = 'Protect human rights defenders.';
const DRAFT = `Outcome charter\n\n${OP_CAT}\n\n${DEFENDERS}`;
const rules = { franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' } as const;

function block(type: string, text: string): Y.XmlElement {
  const element = new Y.XmlElement(type);
  if (type === 'heading') element.setAttribute('level', '1');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

/** Inserts blocks at the top level, as Tiptap's Collaboration extension stores them. */
function insertBlocks(client: StockClient, index: number, blocks: Y.XmlElement[]): void {
  client.doc.getXmlFragment(CHARTER_FRAGMENT).insert(index, blocks);
}

/** Edits the text of the top-level block at `index` in place. */
function prefixBlock(client: StockClient, index: number, prefix: string): void {
  const element = client.doc.getXmlFragment(CHARTER_FRAGMENT).get(index) as Y.XmlElement;
  (element.get(0) as Y.XmlText).insert(0, prefix);
}

/** The room with the draft: heading, OP-CAT, defenders. */
const amendingRoom = () =>
  openCharterRoom(cleanups, (writer) => insertBlocks(writer, 0, [block('heading', 'Outcome charter'), block('paragraph', OP_CAT), block('paragraph', DEFENDERS)]), DRAFT);

const amendments = (client: ControlClient): Amendment[] => client.latest()?.amendments.items ?? [];

async function propose(client: ControlClient, index: number, text: string, replacement: string): Promise<string> {
  const answer = await client.send('amendment:propose', { paragraph: { index, text }, replacement, reason: 'Stronger wording' });
  expect(answer).toMatchObject({ ok: true, amendmentId: expect.any(String) });
  return (answer as unknown as { amendmentId: string }).amendmentId;
}

async function voteOn(facilitator: ControlClient, amendmentId: string, ballots: [ControlClient, 'yes' | 'no'][]) {
  const opened = await facilitator.send('amendment:put-to-vote', { amendmentId, ...rules });
  expect(opened).toMatchObject({ ok: true, voteId: expect.any(String) });
  const { voteId } = opened as unknown as { voteId: string };
  for (const [client, choice] of ballots) expect((await client.send('vote:cast', { voteId, choice, requestId: randomUUID() })).ok).toBe(true);
  const closed = await facilitator.send('vote:close', { voteId });
  expect(closed.ok).toBe(true);
  return { voteId, closed };
}

describe('charter amendments', () => {
  it('the question of an amendment vote is generated in the workshop’s language', async () => {
    const { facilitator, people } = await amendingRoom();
    expect(await facilitator.send('workshop:language', { language: 'mn' })).toMatchObject({ ok: true });
    await facilitator.send('charter:amendment-mode', { on: true });
    const amendmentId = await propose(people.saran, 1, OP_CAT, 'Ratify OP-CAT within the year.');
    const opened = await facilitator.send('amendment:put-to-vote', { amendmentId, ...rules });
    const { voteId } = opened as unknown as { voteId: string };
    await waitFor(() => facilitator.latest()!.votes.some((vote) => vote.id === voteId), 'the vote is listed');
    expect(facilitator.latest()!.votes.find((vote) => vote.id === voteId)?.spec.question).toBe('Нэмэлт, өөрчлөлтийг батлах уу? Догол мөр 2, санал болгосон: Saran.');
  });

  it('amendment mode refuses a participant’s Yjs edit but not the facilitator’s, and only the facilitator switches it', async () => {
    const { facilitator, people, writer, facilitatorDoc, readBack } = await amendingRoom();
    expect(await people.saran.send('charter:amendment-mode', { on: true })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await facilitator.send('charter:amendment-mode', { on: true })).toEqual({ ok: true });
    await waitFor(() => people.saran.latest()?.amendments.mode === true, 'the mode reaches everyone');

    await editAndFlush(writer, facilitatorDoc, () => insertBlocks(writer, 3, [block('paragraph', 'A participant’s direct edit.')]));
    await editAndFlush(facilitatorDoc, writer, () => insertBlocks(facilitatorDoc, 3, [block('paragraph', 'The facilitator’s edit.')]));
    const stored = await readBack();
    expect(stored).toContain('The facilitator’s edit.');
    expect(stored).not.toContain('direct edit');
    expect(facilitator.audits.some((entry) => entry.command === 'charter:amendment-mode' && entry.detail.on === true)).toBe(true);
  });

  it('a proposal is listed with its author; put to the vote and passed, it is written into the charter with its provenance', async () => {
    const { facilitator, people, facilitatorDoc, readBack } = await amendingRoom();
    const replacement = 'Ratify OP-CAT within the year and set up a national preventive mechanism.';
    expect(await people.saran.send('amendment:propose', { paragraph: { index: 1, text: OP_CAT }, replacement, reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    await facilitator.send('charter:amendment-mode', { on: true });
    expect(await facilitator.send('amendment:propose', { paragraph: { index: 1, text: OP_CAT }, replacement, reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const amendmentId = await propose(people.saran, 1, OP_CAT, replacement);
    await waitFor(() => amendments(people.tuya).length === 1, 'the amendment is listed');
    expect(amendments(people.tuya)[0]).toMatchObject({
      id: amendmentId,
      paragraph: { index: 1, text: OP_CAT },
      replacement,
      reason: 'Stronger wording',
      author: { name: 'Saran', organisation: 'MONFEMNET' },
      status: 'open',
    });
    expect(await people.tuya.send('amendment:put-to-vote', { amendmentId, ...rules })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await people.tuya.send('amendment:withdraw', { amendmentId })).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const { voteId, closed } = await voteOn(facilitator, amendmentId, [
      [people.saran, 'yes'],
      [people.bold, 'yes'],
      [people.tuya, 'no'],
    ]);
    expect(closed).toMatchObject({ result: { passed: true }, amendment: { amendmentId, status: 'adopted' } });
    expect(facilitator.latest()?.votes.find((v) => v.id === voteId)?.spec.subject).toEqual({ section: 'charter', itemId: amendmentId });

    const amended = `Outcome charter\n\n${replacement}\n\n${DEFENDERS}`;
    await waitFor(() => canonicalCharterText(facilitatorDoc.doc) === amended, 'the amended text reaches connected providers');
    expect(await readBack()).toBe(amended);
    expect((facilitatorDoc.doc.getXmlFragment(CHARTER_FRAGMENT).get(1) as Y.XmlElement).nodeName).toBe('paragraph');
    await waitFor(() => amendments(people.tuya)[0]?.status === 'adopted', 'the outcome reaches everyone');
    expect(amendments(people.tuya)[0]).toMatchObject({
      voteId,
      applied: { amendmentId, voteId, appliedAt: expect.any(Number), before: OP_CAT, after: replacement },
    });
    expect(await people.saran.send('amendment:withdraw', { amendmentId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('a rejected amendment changes nothing; a withdrawn one cannot be put to the vote', async () => {
    const { facilitator, people, readBack } = await amendingRoom();
    await facilitator.send('charter:amendment-mode', { on: true });
    const rejected = await propose(people.tuya, 2, DEFENDERS, 'Protect defenders.');
    const { closed } = await voteOn(facilitator, rejected, [
      [people.saran, 'no'],
      [people.tuya, 'yes'],
      [people.bold, 'no'],
    ]);
    expect(closed).toMatchObject({ result: { passed: false }, amendment: { amendmentId: rejected, status: 'rejected' } });
    await waitFor(() => amendments(facilitator)[0]?.status === 'rejected', 'rejected');
    expect(amendments(facilitator)[0]?.applied).toBeNull();
    expect(await readBack()).toBe(DRAFT);

    const withdrawn = await propose(people.saran, 2, DEFENDERS, 'Protect all human rights defenders, online too.');
    expect(await people.bold.send('amendment:withdraw', { amendmentId: withdrawn })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await people.saran.send('amendment:withdraw', { amendmentId: withdrawn })).toEqual({ ok: true });
    expect(await facilitator.send('amendment:put-to-vote', { amendmentId: withdrawn, ...rules })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('amends an agreed priority inside the numbered list, keeping it in the list', async () => {
    const { facilitator, people, writer, facilitatorDoc, readBack } = await amendingRoom();
    const priority = (text: string) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [block('paragraph', text)]);
      return item;
    };
    const list = new Y.XmlElement('orderedList');
    list.insert(0, [priority('End torture in detention.'), priority('Fund the NHRC.')]);
    await editAndFlush(writer, facilitatorDoc, () => insertBlocks(writer, 3, [list]));
    await facilitator.send('charter:amendment-mode', { on: true });
    // Reading order: heading 0, OP-CAT 1, defenders 2, then the list's paragraphs 3 and 4.
    const amendmentId = await propose(people.tuya, 4, 'Fund the NHRC.', 'Fund the NHRC and its regional offices.');
    const { closed } = await voteOn(facilitator, amendmentId, [[people.saran, 'yes']]);
    expect(closed).toMatchObject({ amendment: { amendmentId, status: 'adopted' } });
    await waitFor(async () => (await readBack()).endsWith('2. Fund the NHRC and its regional offices.'), 'the priority is amended in place');
    expect(await readBack()).toContain('1. End torture in detention.');
  });

  it('finds a paragraph that moved, and answers conflict for one whose text changed', async () => {
    const { facilitator, people, writer, facilitatorDoc, readBack } = await amendingRoom();
    await facilitator.send('charter:amendment-mode', { on: true });
    expect(await people.saran.send('amendment:propose', { paragraph: { index: 1, text: 'Not in the charter.' }, replacement: 'x', reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    const moved = await propose(people.saran, 2, DEFENDERS, 'Protect human rights defenders and journalists.');
    const stale = await propose(people.tuya, 1, OP_CAT, 'Ratify OP-CAT.');
    const lateStale = await propose(people.bold, 1, OP_CAT, 'Ratify OP-CAT this year.');

    // The facilitator adds a preamble above, and edits the OP-CAT paragraph itself.
    await editAndFlush(facilitatorDoc, writer, () => insertBlocks(facilitatorDoc, 1, [block('paragraph', 'Preamble.')]));
    const { closed } = await voteOn(facilitator, moved, [[people.saran, 'yes']]);
    expect(closed).toMatchObject({ amendment: { status: 'adopted' } });
    await waitFor(async () => (await readBack()).includes('and journalists'), 'the moved paragraph is amended');

    const lateVote = await facilitator.send('amendment:put-to-vote', { amendmentId: lateStale, ...rules });
    expect(lateVote.ok).toBe(true);
    await editAndFlush(facilitatorDoc, writer, () => prefixBlock(facilitatorDoc, 2, 'Urgently: '));
    expect(await facilitator.send('amendment:put-to-vote', { amendmentId: stale, ...rules })).toMatchObject({ ok: false, error: { code: 'conflict' } });

    const { voteId } = lateVote as unknown as { voteId: string };
    await people.saran.send('vote:cast', { voteId, choice: 'yes', requestId: randomUUID() });
    expect(await facilitator.send('vote:close', { voteId })).toMatchObject({
      ok: true,
      result: { passed: true },
      amendment: { amendmentId: lateStale, status: 'conflict', error: { code: 'conflict' } },
    });
    await waitFor(() => amendments(facilitator).find((a) => a.id === lateStale)?.status === 'conflict', 'marked as a conflict');
    expect(await readBack()).toBe(`Outcome charter\n\nPreamble.\n\nUrgently: ${OP_CAT}\n\nProtect human rights defenders and journalists.`);
  });
});

describe('an amendment vote interrupted by a restart', () => {
  it('is applied on the next close when the server stopped between counting and applying', async () => {
    const { room, facilitator, people } = await amendingRoom();
    await facilitator.send('charter:amendment-mode', { on: true });
    const amendmentId = await propose(people.saran, 1, OP_CAT, 'Ratify OP-CAT this year.');
    const { voteId } = (await facilitator.send('amendment:put-to-vote', { amendmentId, ...rules })) as unknown as { voteId: string };
    await people.saran.send('vote:cast', { voteId, choice: 'yes', requestId: randomUUID() });
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();

    // What a crash right after the result is recorded leaves behind: counted, amendment still under vote.
    const store = SqliteStore.open(room.server.dataDir);
    const ballots = (await store.closeVote(voteId, Date.now()))!;
    const vote = (await store.listVotes(room.workshop.id)).find((v) => v.id === voteId)!;
    const result = buildResult({ spec: vote.spec, ballots: ballots.map((b) => ({ ...b, choice: b.choice! })), present: 1, openedAt: vote.openedAt, closedAt: Date.now(), charterHash: null });
    await store.recordResult(voteId, result, { at: Date.now(), actorRole: 'facilitator', actorName: 'Facilitator', command: 'vote:close', detail: { voteId } }, false);
    await store.close();

    const again = await startTestServer({ dataDir: room.server.dataDir });
    cleanups.push(() => again.close());
    const restarted = connectControl(again.url, room.workshop.facilitatorToken);
    cleanups.push(() => restarted.close());
    await waitFor(() => restarted.latest() !== null, 'state after the restart');
    expect(amendments(restarted)[0]?.status).toBe('voting');
    expect(await restarted.send('vote:close', { voteId })).toMatchObject({ ok: true, result: { passed: true }, amendment: { amendmentId, status: 'adopted' } });
    expect(await restarted.send('vote:close', { voteId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const reader = connectStock(again.url, room.workshop.id, 'charter', room.workshop.projectorToken);
    cleanups.push(() => reader.destroy());
    await synced(reader);
    expect(canonicalCharterText(reader.doc)).toBe(`Outcome charter\n\nRatify OP-CAT this year.\n\n${DEFENDERS}`);
  });
});
