/** A workshop room drafting its charter: the setup the charter adoption and amendment tests share. */
import { createHash, randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { StartOptions } from '../../server/ConveneServer.js';
import { CHARTER_FRAGMENT, canonicalCharterText } from '../../shared/charterText.js';
import { waitFor } from './waitFor.js';
import { openWorkshopRoom } from './workshopRoom.js';
import { connectStock, type StockClient, synced, syncRoundTrip } from './yjsClients.js';

/**
 * A facilitator, three participants of two organisations (Saran and Bold of MONFEMNET, Tuya of
 * Globe International) on the control channel, and stock providers on the charter once
 * `draft` — written by Saran's provider — has reached the facilitator's as `expectedText`.
 */
export async function openCharterRoom(
  cleanups: (() => Promise<void> | void)[],
  draft: (writer: StockClient) => void,
  expectedText: string,
  options: Partial<StartOptions> = {},
) {
  const room = await openWorkshopRoom(cleanups, options);
  const facilitator = await room.connect(room.workshop.facilitatorToken);
  const saran = await room.join('Saran', 'MONFEMNET');
  const bold = await room.join('Bold', 'MONFEMNET');
  const tuya = await room.join('Tuya', 'Globe International');
  const people = { saran: await room.connect(saran.token), bold: await room.connect(bold.token), tuya: await room.connect(tuya.token) };
  const stock = (token: string) => {
    const client = connectStock(room.server.url, room.workshop.id, 'charter', token);
    cleanups.push(() => client.destroy());
    return client;
  };
  const writer = stock(saran.token);
  const facilitatorDoc = stock(room.workshop.facilitatorToken);
  await Promise.all([synced(writer), synced(facilitatorDoc)]);
  draft(writer);
  await waitFor(() => canonicalCharterText(facilitatorDoc.doc) === expectedText, 'the draft reaches everyone');
  /** A fresh stock provider's view of what the server stored. */
  const readBack = async () => {
    const reader = stock(room.workshop.projectorToken);
    await synced(reader);
    return canonicalCharterText(reader.doc);
  };
  return { room, facilitator, people, writer, facilitatorDoc, stock, readBack };
}

/** Edits, then waits until a later awareness message from the same socket was relayed: the server has received the edit. */
export async function editReceived(author: StockClient, observer: StockClient, edit: () => void): Promise<void> {
  edit();
  const marker = randomUUID();
  author.provider.awareness.setLocalStateField('flush', marker);
  await waitFor(() => [...observer.provider.awareness.getStates().values()].some((state) => state.flush === marker), 'the edit was received');
}

/**
 * Edits, then waits until the server has handled the edit: received (see editReceived), then a
 * sync round trip, answered only once the edit, had it been accepted, is stored and relayed.
 */
export async function editAndFlush(author: StockClient, observer: StockClient, edit: () => void): Promise<void> {
  await editReceived(author, observer, edit);
  await syncRoundTrip(observer);
}

/** The facilitator's adoption vote, as the console opens it. */
export const adoption = { kind: 'yesno', question: 'Adopt the outcome charter?', franchise: 'organisation', secret: true, showResults: 'after', threshold: 'two-thirds', adopt: 'charter' } as const;
export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** Appends a paragraph to the charter as Tiptap's Collaboration extension would. */
export function writeParagraph(client: StockClient, text: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = client.doc.getXmlFragment(CHARTER_FRAGMENT);
  fragment.insert(fragment.length, [paragraph]);
}
