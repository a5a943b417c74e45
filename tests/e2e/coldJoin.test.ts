/**
 * A participant joining a section their device holds nothing of downloads it compressed over
 * HTTP, then syncs over the stock socket; a device that holds its copy does not download again.
 */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { connectStock, synced, syncRoundTrip } from '../support/yjsClients.js';
import { cardField, joinAsParticipant, syncStatus } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { recordTransfer } from './support/transfer.js';

/** About 85 KiB of text the page does not show: the section is big, as a workshop's is by day 3. */
const BULK = Array.from({ length: 1500 }, (_, i) => `note ${i}: civil society monitoring of the follow-up plan. `).join('');

describe('a cold join of a big section', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
  });

  it('arrives compressed, shows what others wrote, and is not downloaded again on reload', async () => {
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await alice.page.getByLabel('Year of the new card').selectOption('2012');
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(alice.page, 1, 'What happened').fill('Law on domestic violence drafted.');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');
    const bulkWriter = connectStock(server.url, workshop.id, 'experiences', workshop.facilitatorToken);
    await synced(bulkWriter);
    bulkWriter.doc.getText('bulk').insert(0, BULK);
    await syncRoundTrip(bulkWriter);
    const expected = Y.encodeStateAsUpdate(bulkWriter.doc).byteLength;
    bulkWriter.destroy();

    const bobContext = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    const page = await bobContext.newPage();
    const transfer = await recordTransfer(page);
    await page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await page.getByLabel(/your name/i).fill('Bat-Erdene');
    await page.getByLabel(/your organisation/i).fill('Mongolian Bar Association');
    await page.getByRole('button', { name: 'Join' }).click();
    await expect.poll(() => cardField(page, 1, 'What happened').inputValue()).toBe('Law on domestic violence drafted.');
    await expect.poll(() => syncStatus(page)).toBe('stored');

    const downloads = transfer.responses().filter((response) => response.url.endsWith('/sections/experiences/state'));
    expect(downloads).toHaveLength(1);
    expect(['br', 'gzip']).toContain(downloads[0]!.encoding);
    expect(downloads[0]!.bytes).toBeLessThan(expected / 4);
    // The sockets (Yjs and the control channel) did not bring the section again.
    expect(transfer.webSocketBytes()).toBeLessThan(expected / 2);

    // Bob types: the stock socket carries it to Alice, uncompressed as ever.
    await cardField(page, 1, 'Lesson').fill('Coalitions work.');
    await expect.poll(() => cardField(alice.page, 1, 'Lesson').inputValue()).toBe('Coalitions work.');

    await page.reload();
    await expect.poll(() => cardField(page, 1, 'Lesson').inputValue()).toBe('Coalitions work.');
    await expect.poll(() => syncStatus(page)).toBe('stored');
    expect(transfer.responses().filter((response) => response.url.endsWith('/sections/experiences/state'))).toHaveLength(1);

    await saveScreenshot(page, 'workspace-after-cold-join');
    await Promise.all([alice.context.close(), bobContext.close()]);
  });
});
