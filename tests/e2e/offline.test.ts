/**
 * Offline editing. How the network is cut: `context.setOffline(true)`. In this Chromium it
 * fires the page's `offline` event and holds all traffic of sockets already open (a frame sent
 * while offline is delivered only after going back online; the socket is not closed). The
 * client reacts to `offline` by closing its Yjs socket, and the tests check the cut from the
 * other side: nothing typed offline reaches the other participant until the network returns.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { indexedDbNames, recordSyncStatuses } from './support/pageState.js';
import { cardField, joinAsParticipant, syncStatus } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('editing offline', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  /** Each test's own workshop, where Alice's first card has reached Bob and is stored. */
  async function roomWithACard() {
    const workshop = await createWorkshop(server);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    onTestFinished(() => Promise.all([alice.context.close(), bob.context.close()]).then(() => undefined));
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(alice.page, 1, 'What happened').fill('Shelter opened.');
    await expect.poll(() => cardField(bob.page, 1, 'What happened').inputValue()).toBe('Shelter opened.');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');
    return { workshop, alice, bob };
  }

  it('an edit made while the network is cut reaches the other participant after reconnecting; the indicator goes offline → all stored', async () => {
    const { alice, bob } = await roomWithACard();
    const statuses = await recordSyncStatuses(alice.page);

    await alice.context.setOffline(true);
    await expect.poll(() => syncStatus(alice.page)).toBe('offline');
    await cardField(alice.page, 1, 'Outcome').fill('Written offline by Alice.');
    await cardField(bob.page, 1, 'Lesson').fill('Bob wrote this while Alice was away.');
    await expect.poll(() => syncStatus(bob.page)).toBe('stored');
    await saveScreenshot(alice.page, 'workspace-offline');

    // The cut is real in both directions: Bob's stored edit has not reached Alice, nor hers him.
    expect(await cardField(alice.page, 1, 'Lesson').inputValue()).toBe('');
    expect(await cardField(bob.page, 1, 'Outcome').inputValue()).toBe('');
    expect(await syncStatus(alice.page)).toBe('offline');

    await alice.context.setOffline(false);
    await expect.poll(() => cardField(bob.page, 1, 'Outcome').inputValue()).toBe('Written offline by Alice.');
    await expect.poll(() => cardField(alice.page, 1, 'Lesson').inputValue()).toBe('Bob wrote this while Alice was away.');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');

    const seen = await statuses();
    expect(seen[0]).toBe('stored');
    expect(seen.indexOf('offline')).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe('stored');
    expect(seen.lastIndexOf('stored')).toBeGreaterThan(seen.indexOf('offline'));
  });

  it('an edit made offline survives closing the tab and is sent when the page is opened again online', async () => {
    const { workshop, alice, bob } = await roomWithACard();
    await alice.context.setOffline(true);
    await expect.poll(() => syncStatus(alice.page)).toBe('offline');
    await cardField(alice.page, 1, 'What happened').fill('Shelter opened. Kept on the device.');
    const workspaceUrl = alice.page.url();
    // y-indexeddb writes each update as it happens; wait until it is in IndexedDB before closing.
    await expect.poll(() => indexedDbNames(alice.page)).toContain(`convene:${workshop.id}:experiences`);
    await alice.page.close();

    await alice.context.setOffline(false);
    // Nothing of it left the device before the tab closed.
    expect(await cardField(bob.page, 1, 'What happened').inputValue()).toBe('Shelter opened.');
    const reopened = await alice.context.newPage();
    await reopened.goto(workspaceUrl);
    await expect.poll(() => cardField(bob.page, 1, 'What happened').inputValue()).toBe('Shelter opened. Kept on the device.');
    await expect.poll(() => syncStatus(reopened)).toBe('stored');
  });
});
