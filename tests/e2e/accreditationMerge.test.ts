/**
 * Two spellings of one organisation merged on the console: the delegate's own page shows the
 * surviving organisation at once, without a reload by hand.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectControl } from '../support/controlClient.js';
import { joinToWaitingRoom } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('merging organisations', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('the merged delegate’s page shows the surviving organisation live, also after a merge made while it was offline', async () => {
    const workshop = await createWorkshop(server, 'Merge');
    const facilitator = connectControl(server.url, workshop.facilitatorToken);
    await expect.poll(() => facilitator.latest()).not.toBeNull();
    const saved = async (name: string) => {
      const answer = await facilitator.send('invitations:save-organisation', { name, aliases: [], returning: false });
      if (!answer.ok) throw new Error(answer.error.message);
      return (answer as unknown as { organisationId: string }).organisationId;
    };
    const from = await saved('OSF');
    const into = await saved('Open Society Forum');
    const last = await saved('Open Society Forum Mongolia');

    const { context, page } = await joinToWaitingRoom(browser, server, workshop.joinCode, 'Tuya', 'OSF');
    await expect.poll(() => facilitator.latest()?.accreditation.waiting.length).toBe(1);
    const participantId = facilitator.latest()!.accreditation.waiting[0]!.participantId;
    expect((await facilitator.send('participant:admit', { participantId, organisationId: from })).ok).toBe(true);
    await page.getByTestId('identity').filter({ hasText: 'Tuya (OSF)' }).waitFor();

    expect((await facilitator.send('invitations:merge', { fromId: from, intoId: into })).ok).toBe(true);
    await page.getByTestId('identity').filter({ hasText: 'Tuya (Open Society Forum)' }).waitFor();

    // Asleep or offline, the page misses the news. The server still counts her silent socket, so the
    // reconnection's handshake must update her presence entry; the room then names her otherwise and the page follows.
    const tuya = () => facilitator.latest()?.presence.find((entry) => entry.name === 'Tuya')?.organisation ?? null;
    await expect.poll(tuya, { timeout: 10_000 }).toBe('Open Society Forum');
    await context.setOffline(true);
    expect((await facilitator.send('invitations:merge', { fromId: into, intoId: last })).ok).toBe(true);
    await context.setOffline(false);
    await page.getByTestId('identity').filter({ hasText: 'Tuya (Open Society Forum Mongolia)' }).waitFor();
    await saveScreenshot(page, 'merged-phone-en');
    await page.locator('header select').selectOption('mn');
    await page.getByTestId('identity').filter({ hasText: 'Open Society Forum Mongolia' }).filter({ hasNotText: 'You:' }).waitFor();
    await saveScreenshot(page, 'merged-phone-mn');
    facilitator.close();
    await context.close();
  });
});
