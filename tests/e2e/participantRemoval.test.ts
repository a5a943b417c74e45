/**
 * The facilitator removes someone who should not be there, from the console's roster: the
 * removed person's page says so at once and no longer opens the workshop; what they wrote stays.
 */
import type { Browser } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { openConsole } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('removing a participant from the console', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('confirms first, then the removed person’s page says so and does not open again', async () => {
    const workshop = await createWorkshop(server, 'Removal');
    const intruder = await joinAsParticipant(browser, server, workshop.joinCode, 'Not Invited', 'Unknown NGO');
    const facilitator = await openConsole(browser, server, workshop);

    await facilitator.page.locator('summary', { hasText: 'Attendance' }).click();
    const roster = facilitator.page.locator('.attendance');
    await roster.getByRole('button', { name: 'Remove Not Invited' }).click();
    // Nothing happens before the facilitator has read what follows.
    await roster.getByText('Their link stops working at once on every device; what they wrote stays.').waitFor();
    await saveScreenshot(facilitator.page, 'console-remove-confirm');
    await expectNoSeriousA11yViolations(facilitator.page);
    await roster.getByRole('button', { name: 'Remove from the workshop' }).click();

    await intruder.page.getByTestId('access-ended').waitFor();
    await saveScreenshot(intruder.page, 'participant-removed');
    // Gone from the roster: their connections are closed.
    await roster.getByRole('group', { name: 'Remove Not Invited' }).waitFor({ state: 'detached' });
    await roster.getByRole('button', { name: 'Remove Not Invited' }).waitFor({ state: 'detached' });

    // A reload finds no token to open the workshop with.
    await intruder.page.reload();
    await intruder.page.getByText('You have not joined this workshop on this device yet.').waitFor();
    await intruder.context.close();
    await facilitator.context.close();
  });
});
