/**
 * Opening the app without a network. Served from `localhost` (a secure context), the page
 * registers the service worker, which precaches the build; a reload with the network cut
 * (`context.setOffline(true)`) is answered from that cache, the who-am-I answer and the control
 * state from the last visit open the workspace, and the section documents come from IndexedDB.
 * Without a service worker (a plain-HTTP LAN address, here blocked), the page warns before a
 * reload or close while edits are not yet stored.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { controlledByServiceWorker } from './support/pageState.js';
import { cardField, joinAsParticipant, syncStatus, type Participant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { moveRoomTo } from './support/uprWork.js';

describe('opening the app offline', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  /** A workshop of its own at the experiences stage, with Bob following it. */
  async function roomWithBob(): Promise<{ workshop: CreateWorkshopResponse; bob: Participant }> {
    const workshop = await createWorkshop(server);
    await moveRoomTo(server, workshop, 'experiences');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    return { workshop, bob };
  }

  it('a reload with the network cut opens the workspace from the service worker, says offline, and what is typed reaches the others once back online', async () => {
    const { workshop, bob } = await roomWithBob();
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await expect.poll(() => controlledByServiceWorker(alice.page), { timeout: 20_000 }).toBe(true);
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(alice.page, 1, 'What happened').fill('Shelter opened.');
    await expect.poll(() => cardField(bob.page, 1, 'What happened').inputValue()).toBe('Shelter opened.');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');

    await alice.context.setOffline(true);
    const reloaded = await alice.page.reload();
    // The page itself came from the service worker's precache: nothing reached the network.
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await alice.page.getByTestId('identity').filter({ hasText: 'Alice Bold' }).waitFor();
    await expect.poll(() => syncStatus(alice.page)).toBe('offline');
    // Where the room was, from the control state kept at the last visit.
    await expect.poll(() => alice.page.getByTestId('follow-bar').textContent()).toContain('The room is at:');
    await expect.poll(() => cardField(alice.page, 1, 'What happened').inputValue()).toBe('Shelter opened.');
    await cardField(alice.page, 1, 'Outcome').fill('Written after reloading offline.');
    await saveScreenshot(alice.page, 'workspace-opened-offline');
    expect(await cardField(bob.page, 1, 'Outcome').inputValue()).toBe('');

    await alice.context.setOffline(false);
    await expect.poll(() => cardField(bob.page, 1, 'Outcome').inputValue()).toBe('Written after reloading offline.');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');
    await alice.context.close();
    await bob.context.close();
  });

  it('offline, the service worker opens the app\'s routes with their query strings, and never answers for the server\'s endpoints', async () => {
    const workshop = await createWorkshop(server);
    const dana = await joinAsParticipant(browser, server, workshop.joinCode, 'Dana', 'Youth Network');
    await expect.poll(() => controlledByServiceWorker(dana.page), { timeout: 20_000 }).toBe(true);
    await dana.context.setOffline(true);
    const join = await dana.page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    expect(join?.fromServiceWorker()).toBe(true);
    await expect.poll(() => dana.page.getByLabel(/join code/i).inputValue()).toBe(workshop.joinCode);
    for (const endpoint of ['/healthz', `/api/workshops/${workshop.id}/me`, '/socket.io/?EIO=4&transport=polling', '/yjs/x/experiences']) {
      await expect(dana.page.goto(`${server.url}${endpoint}`), endpoint).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    }
    await dana.context.close();
  });

  it('without a service worker, closing the page while edits are not yet stored asks first', async () => {
    const { workshop, bob } = await roomWithBob();
    const carol = await joinAsParticipant(browser, server, workshop.joinCode, 'Carol', 'Human Rights Centre', { context: { serviceWorkers: 'block' } });
    await carol.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(carol.page, 1, 'What happened').fill('Shelter opened.');
    await expect.poll(() => cardField(bob.page, 1, 'What happened').inputValue()).toBe('Shelter opened.');
    await expect.poll(() => syncStatus(carol.page)).toBe('stored');

    await carol.context.setOffline(true);
    await expect.poll(() => syncStatus(carol.page)).toBe('offline');
    await cardField(carol.page, 1, 'Lesson').fill('Not yet on the server.');
    const prompted = carol.page.waitForEvent('dialog');
    await carol.page.close({ runBeforeUnload: true });
    const dialog = await prompted;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(carol.page.isClosed()).toBe(false);

    await carol.context.setOffline(false);
    await expect.poll(() => cardField(bob.page, 1, 'Lesson').inputValue()).toBe('Not yet on the server.');
    await expect.poll(() => syncStatus(carol.page)).toBe('stored');
    await carol.page.close({ runBeforeUnload: true });
    await expect.poll(() => carol.page.isClosed()).toBe(true);
    await carol.context.close();
    await bob.context.close();
  });

  it('opens from the kept who-am-I answer when the server holds the request without answering', async () => {
    const { workshop, bob } = await roomWithBob();
    const erdene = await joinAsParticipant(browser, server, workshop.joinCode, 'Erdene', 'Globe International', { context: { serviceWorkers: 'block' } });
    await erdene.page.getByTestId('identity').filter({ hasText: 'Erdene' }).waitFor();
    // A Wi-Fi that holds requests: who-am-I never answers, everything else does.
    await erdene.context.route(`**/api/workshops/${workshop.id}/me`, () => undefined);
    await erdene.page.reload();
    await erdene.page.getByTestId('identity').filter({ hasText: 'Erdene' }).waitFor({ timeout: 15_000 });
    await erdene.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(erdene.page, 1, 'What happened').fill('Typed while who-am-I hung.');
    await expect.poll(() => cardField(bob.page, 1, 'What happened').inputValue()).toBe('Typed while who-am-I hung.');
    await erdene.context.close();
    await bob.context.close();
  });
});
