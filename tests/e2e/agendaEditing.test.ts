/** Editing the agenda from the console, with the keyboard where it matters, while participants follow. */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { goToSession, openConsole } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

/** The session titles of one day (0-based), in agenda order. */
const dayTitles = (page: Page, day: number) => page.locator('.agenda__day').nth(day).locator('.session-row__title').allTextContents();

/** The accessible text of the focused element. */
const focusedText = (page: Page) => page.evaluate<string>('document.activeElement?.textContent ?? ""');

describe('editing the agenda', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('edits, reorders with the keyboard, adds and removes sessions; participants see the edited session', async () => {
    const workshop = await createWorkshop(server, 'Agenda editing');
    const facilitator = await openConsole(browser, server, workshop);
    const page = facilitator.page;
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');

    // A row shows "Go to"; its other actions wait in its "More" menu.
    await page.getByLabel('More actions: Opening remarks').click();
    await page.getByRole('button', { name: 'Edit Opening remarks' }).click();
    await page.getByLabel('Session title').fill('Welcome and opening');
    await page.getByLabel('Starts').fill('09:15');
    await page.getByLabel('Notes').fill('Remarks by the National Human Rights Commission.');
    await expectNoSeriousA11yViolations(page);
    await page.getByRole('button', { name: 'Save session' }).click();
    await expect.poll(() => dayTitles(page, 0)).toEqual(['Welcome and opening', 'Experiences with the UPR 2010–2015', 'Lunch', 'Review of the recommendations received']);

    // Two presses of Enter on "Move up" take lunch to the top; focus stays on the button as the row moves.
    await page.getByLabel('More actions: Lunch').first().click();
    await page.getByRole('button', { name: 'Move up Lunch' }).first().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dayTitles(page, 0)).toEqual(['Welcome and opening', 'Lunch', 'Experiences with the UPR 2010–2015', 'Review of the recommendations received']);
    await expect.poll(() => focusedText(page)).toBe('Move up Lunch');
    await page.keyboard.press('Enter');
    await expect.poll(() => dayTitles(page, 0)).toEqual(['Lunch', 'Welcome and opening', 'Experiences with the UPR 2010–2015', 'Review of the recommendations received']);
    // At the top of the agenda "Move up" is disabled, so focus goes to "Move down".
    await expect.poll(() => focusedText(page)).toBe('Move down Lunch');

    await page.getByRole('button', { name: 'Add a session to Day 3 — Outcome charter' }).click();
    await page.getByLabel('Session title').fill('Signing ceremony');
    await page.getByLabel('Starts').fill('13:00');
    await page.getByLabel('Ends').fill('13:30');
    await page.getByLabel('Stage').selectOption('charter');
    await page.getByRole('button', { name: 'Add session', exact: true }).click();
    await expect.poll(() => dayTitles(page, 2)).toEqual(['Drafting the outcome charter', 'Vote and adoption', 'Closing', 'Signing ceremony']);

    await page.getByLabel('More actions: Closing').click();
    await page.getByRole('button', { name: 'Remove Closing' }).click();
    await page.getByRole('button', { name: 'Remove for good Closing' }).click();
    await expect.poll(() => dayTitles(page, 2)).toEqual(['Drafting the outcome charter', 'Vote and adoption', 'Signing ceremony']);

    await goToSession(page, 'Welcome and opening');
    await expect.poll(() => alice.page.getByRole('heading', { name: 'Welcome and opening' }).count()).toBe(1);
    expect(await alice.page.getByText('Remarks by the National Human Rights Commission.').count()).toBe(1);
    // The current session cannot be removed; its button says so by being disabled.
    // After "Go to" the row's menu has focus, folded; opened, it shows "Remove" disabled.
    expect(await page.evaluate<string | null>("document.activeElement && document.activeElement.getAttribute('aria-label')")).toBe('More actions: Welcome and opening');
    await page.getByLabel('More actions: Welcome and opening').click();
    expect(await page.getByRole('button', { name: 'Remove Welcome and opening' }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'console-agenda-edited');

    // A command the console cannot deliver is refused in plain words, not queued for later.
    await facilitator.context.setOffline(true);
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'You are not connected to the room' }).count()).toBe(1);
    await facilitator.context.setOffline(false);
    await Promise.all([facilitator.context.close(), alice.context.close()]);
  });
});
