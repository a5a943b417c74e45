/**
 * The invitation list in force: a newcomer who joins with the code waits on a page that says so;
 * the facilitator admits them from the console's waiting list with one click, and the newcomer's
 * page moves on to the workspace by itself. The projector shows how many wait, never who.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { documentLanguage } from './support/pageState.js';
import { joinToWaitingRoom } from './support/participant.js';
import { openConsole, openProjector } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

async function setLanguage(page: Page, language: 'en' | 'mn'): Promise<void> {
  await page.locator('header select').selectOption(language);
  await expect.poll(() => documentLanguage(page)).toBe(language);
}

describe('the waiting list', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('the facilitator admits a newcomer with one click and the newcomer’s page moves on by itself', async () => {
    const workshop = await createWorkshop(server, 'Accreditation');
    const facilitator = await openConsole(browser, server, workshop);
    await facilitator.page.setViewportSize({ width: 1366, height: 768 });
    const projector = await openProjector(browser, server, workshop);

    // The organiser lists an organisation, with the short name people type.
    await facilitator.page.locator('summary', { hasText: 'Invitation list' }).click();
    const invitations = facilitator.page.locator('.invitations');
    await invitations.getByLabel('Organisation', { exact: true }).fill('Open Society Forum Mongolia');
    await invitations.getByLabel('Other spellings (separated by ;)').fill('OSF');
    await invitations.getByRole('button', { name: 'Add organisation' }).click();
    await invitations.getByTestId('listed-organisation').filter({ hasText: 'also: OSF' }).waitFor();
    await saveScreenshot(facilitator.page, 'console-invitation-list-en');
    await facilitator.page.locator('summary', { hasText: 'Invitation list' }).click();

    // A newcomer joins on a phone and waits.
    const { context: phone, page: newcomer } = await joinToWaitingRoom(browser, server, workshop.joinCode, 'Tuya', 'OSF');
    await newcomer.getByTestId('waiting-room').getByText('You are on the waiting list').waitFor();
    await saveScreenshot(newcomer, 'waiting-phone-en');
    await expectNoSeriousA11yViolations(newcomer);
    await setLanguage(newcomer, 'mn');
    await newcomer.getByText('Та хүлээлгийн жагсаалтад байна').waitFor();
    await saveScreenshot(newcomer, 'waiting-phone-mn');

    // The room's screen counts who waits; it never names them.
    await projector.page.getByTestId('projector-waiting').filter({ hasText: '1 person waiting' }).waitFor();
    await saveScreenshot(projector.page, 'projector-waiting');

    const waiting = facilitator.page.locator('.waiting-list');
    const entry = waiting.getByTestId('waiting-entry').filter({ hasText: 'Tuya' });
    await entry.getByText('typed “OSF”').waitFor();
    await entry.scrollIntoViewIfNeeded();
    await saveScreenshot(facilitator.page, 'console-waiting-en');
    await expectNoSeriousA11yViolations(facilitator.page);
    await setLanguage(facilitator.page, 'mn');
    await waiting.getByText('1 хүн хүлээж байна').waitFor();
    await entry.scrollIntoViewIfNeeded();
    await saveScreenshot(facilitator.page, 'console-waiting-mn');
    await setLanguage(facilitator.page, 'en');

    // One click: matched to the organisation its spelling suggests.
    await entry.getByRole('button', { name: 'Admit Tuya' }).click();
    await waiting.getByText('Nobody is waiting.').waitFor();

    // The newcomer's page moves on by itself, with the canonical organisation.
    await newcomer.getByTestId('waiting-room').waitFor({ state: 'detached' });
    await newcomer.getByTestId('identity').filter({ hasText: 'Tuya' }).waitFor();
    await saveScreenshot(newcomer, 'admitted-phone-mn');
    await projector.page.getByTestId('projector-waiting').waitFor({ state: 'detached' });
    await facilitator.page.locator('summary', { hasText: 'Attendance' }).click();
    await facilitator.page.locator('.attendance .attendance__name', { hasText: 'Open Society Forum Mongolia' }).waitFor();

    await phone.close();
    await projector.context.close();
    await facilitator.context.close();
  });
});
