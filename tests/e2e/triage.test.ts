/**
 * Triage of the current recommendations in real Chromium: filtering, a priority, a comment and a
 * theme set by one participant reaching another's screen, the lock, and a dot vote from the table.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { openConsole, openProjector } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('triage of the recommendations', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  /** Each test's own workshop, triaging the 2010 recommendations. */
  async function triageWorkshop(): Promise<CreateWorkshopResponse> {
    const workshop = await createWorkshop(server);
    await importMongolia2010(server, workshop, 'current');
    await moveRoomTo(server, workshop, 'recommendations');
    return workshop;
  }

  it('filters the table, and a priority, a comment and a theme set by one participant appear on another’s screen', async () => {
    const workshop = await triageWorkshop();
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    const count = alice.page.getByTestId('triage-count');
    await expect.poll(() => count.textContent()).toBe('Showing 129 of 129');

    await alice.page.getByLabel('Search text, paragraph or state').fill('torture');
    await expect.poll(() => count.textContent()).toMatch(/^Showing ([1-9]|1\d) of 129$/);
    const rows = alice.page.locator('tbody tr.triage-row');
    for (const text of await rows.allTextContents()) expect(text.toLowerCase()).toContain('torture');
    await alice.page.getByLabel('Search text, paragraph or state').fill('');
    await alice.page.getByLabel('Recommending state').selectOption('France');
    await expect.poll(async () => (await rows.allTextContents()).every((text) => text.includes('France'))).toBe(true);
    await alice.page.getByLabel('Recommending state').selectOption('');

    // The room's priority is the facilitator's decision; a participant's own view stays on their screen.
    const facilitator = await openConsole(browser, server, workshop);
    expect(await alice.page.getByRole('combobox', { name: /^Priority of 84\.2 / }).count()).toBe(0);
    await alice.page.getByRole('combobox', { name: /^Your own priority for 84\.2 / }).selectOption('low');
    await facilitator.page.getByRole('combobox', { name: /^Priority of 84\.2 / }).selectOption('high');
    for (const page of [alice.page, bob.page]) await expect.poll(() => page.getByTestId('room-priority-current/84.2').textContent()).toContain('High');
    expect(await alice.page.getByRole('combobox', { name: /^Your own priority for 84\.2 / }).inputValue()).toBe('low');
    expect(await bob.page.getByRole('combobox', { name: /^Your own priority for 84\.2 / }).inputValue()).toBe('');
    await facilitator.context.close();

    await alice.page.getByRole('button', { name: /^Open \(0 comments\) 84\.2 / }).click();
    await alice.page.getByRole('button', { name: 'Women for Change will lead' }).click();
    await alice.page.getByLabel('New comment').fill('The NHRC raised this in 2014.');
    await alice.page.getByRole('button', { name: 'Post' }).click();
    await bob.page.getByRole('button', { name: /^Open \(1 comment\) 84\.2 / }).click();
    await expect.poll(() => bob.page.getByText('The NHRC raised this in 2014.').count()).toBe(1);
    await expect.poll(() => bob.page.getByText('Alice Bold (Women for Change)').count()).toBe(1);
    await expect.poll(() => bob.page.getByRole('row', { name: /^84\.2 / }).first().textContent()).toContain('Women for Change');

    // The 2010 file has no themes: Alice tags one, and it reaches Bob's theme filter and heat map.
    const bobThemes = bob.page.getByLabel('Theme', { exact: true });
    expect(await bobThemes.locator('option').allTextContents()).toEqual(['Any']);
    await alice.page.getByLabel('Add a theme').fill('  Torture prevention ');
    await alice.page.getByLabel('Add a theme').press('Enter');
    await expect.poll(() => bobThemes.locator('option').allTextContents()).toEqual(['Any', 'Torture prevention']);
    await bobThemes.selectOption('Torture prevention');
    await expect.poll(() => bob.page.getByTestId('triage-count').textContent()).toBe('Showing 1 of 129');
    const heatRow = bob.page.locator('.heat-map').getByRole('row', { name: /^Torture prevention / });
    expect(await heatRow.locator('td').allTextContents()).toEqual(['1', '0', '0', '0']);
    // The same theme in another case is not a second one; a participant's tag can be removed.
    await alice.page.getByLabel('Add a theme').fill('TORTURE PREVENTION');
    await alice.page.getByLabel('Add a theme').press('Enter');
    await expect.poll(() => alice.page.getByText('This recommendation already has that theme.').count()).toBe(1);
    await bob.page.getByRole('button', { name: 'Remove the theme Torture prevention' }).click();
    await expect.poll(() => alice.page.getByRole('button', { name: 'Remove the theme Torture prevention' }).count()).toBe(0);
    // Bob's filter still names the theme it applies, though no recommendation has it now.
    await expect.poll(() => bob.page.getByTestId('triage-count').textContent()).toBe('Showing 0 of 129');
    expect(await bobThemes.inputValue()).toBe('Torture prevention');
    await alice.page.getByLabel('Add a theme').fill('Torture prevention');
    await alice.page.getByLabel('Add a theme').press('Enter');
    await expect.poll(() => bob.page.locator('.heat-map').getByRole('row', { name: /^Torture prevention / }).count()).toBe(1);

    await saveScreenshot(alice.page, 'triage');
    await expectNoSeriousA11yViolations(alice.page);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });

  it('a locked triage shows the themes but offers no field to tag or remove them', async () => {
    const workshop = await triageWorkshop();
    const facilitator = await openConsole(browser, server, workshop);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await facilitator.page.getByRole('button', { name: /^Open \(0 comments\) 84\.2 / }).click();
    await facilitator.page.getByLabel('Add a theme').fill('Torture prevention');
    await facilitator.page.getByLabel('Add a theme').press('Enter');
    await facilitator.page.getByRole('switch', { name: 'Lock Recommendations triage' }).check();
    await expect.poll(() => alice.page.getByTestId('locked-notice').count()).toBe(1);
    await alice.page.getByRole('button', { name: /^Open \(0 comments\) 84\.2 / }).click();
    await expect.poll(() => alice.page.getByRole('listitem').filter({ hasText: 'Torture prevention' }).count()).toBe(1);
    expect(await alice.page.getByLabel('Add a theme').count()).toBe(0);
    expect(await alice.page.getByRole('button', { name: 'Remove the theme Torture prevention' }).count()).toBe(0);
    await expectNoSeriousA11yViolations(alice.page);
    await facilitator.page.getByRole('switch', { name: 'Lock Recommendations triage' }).uncheck();
    await expect.poll(() => alice.page.getByLabel('Add a theme').count()).toBe(1);
    await Promise.all([facilitator.context.close(), alice.context.close()]);
  });

  it('the facilitator opens a dot vote on the filtered recommendations and participants place dots from the table', async () => {
    const workshop = await triageWorkshop();
    const facilitator = await openConsole(browser, server, workshop);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await facilitator.page.getByLabel('Search text, paragraph or state').fill('torture');
    await facilitator.page.getByLabel('Dots per participant').fill('2');
    await facilitator.page.getByRole('button', { name: /^Open a dot vote on the \d+ recommendations shown$/ }).click();

    await expect.poll(() => alice.page.getByTestId('triage-dots-left').textContent()).toContain('you have 2 dots left');
    expect(await alice.page.getByTestId('ballots-panel').count()).toBe(0);
    // Her table shows only what is in the vote, until she asks for all of it again.
    const onlyInVote = alice.page.getByRole('checkbox', { name: /^Only the \d+ recommendations in the vote$/ });
    const options = Number((await onlyInVote.locator('xpath=..').textContent())?.match(/\d+/)?.[0]);
    expect(await onlyInVote.isChecked()).toBe(true);
    await expect.poll(() => alice.page.getByTestId('triage-count').textContent()).toBe(`Showing ${options} of 129`);
    const addButtons = alice.page.getByRole('button', { name: /^Give a dot to / });
    expect(await addButtons.count()).toBe(options);
    await onlyInVote.uncheck();
    await expect.poll(() => alice.page.getByTestId('triage-count').textContent()).toBe('Showing 129 of 129');
    await onlyInVote.check();
    await expect.poll(() => alice.page.getByTestId('triage-count').textContent()).toBe(`Showing ${options} of 129`);
    await addButtons.first().click();
    await expect.poll(() => alice.page.getByTestId('triage-dots-left').textContent()).toContain('you have 1 dot left');
    await addButtons.nth(1).click();
    await expect.poll(() => alice.page.getByTestId('triage-dots-left').textContent()).toContain('you have placed all your dots');
    expect(await addButtons.first().isDisabled()).toBe(true);
    expect(await alice.page.getByTestId('triage-dots-left').textContent()).not.toContain('Place your dots');
    // A ballot replaces the last one: after a reload the page must continue from the dots cast.
    await alice.page.reload();
    await expect.poll(() => alice.page.getByTestId('triage-dots-left').textContent()).toContain('you have placed all your dots');

    await expect.poll(() => facilitator.page.getByTestId('dot-chart').textContent()).toContain('1 dot');
    const projector = await openProjector(browser, server, workshop);
    await expect.poll(() => projector.page.getByTestId('dot-chart').textContent()).toContain('Top recommendations, live (1 ballot)');
    expect(await projector.page.locator('.dot-chart__row').count()).toBe(2);
    await saveScreenshot(projector.page, 'projector-dot-vote');
    await expectNoSeriousA11yViolations(projector.page);
    await facilitator.page.getByRole('button', { name: /^Open \(0 comments\) 84\.2 / }).click();
    await facilitator.page.getByLabel('Add a theme').fill('Detention monitoring');
    await facilitator.page.getByLabel('Add a theme').press('Enter');
    await facilitator.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
    await expect.poll(() => projector.page.getByTestId('projector-spotlight').textContent()).toContain('Favourably consider the possibility of the ratification');
    // The wall shows the themes the room gave it during triage.
    await expect.poll(() => projector.page.getByTestId('spotlight-themes').textContent()).toContain('Detention monitoring');
    await facilitator.page.getByRole('button', { name: 'Spotlight', exact: true }).click();
    await expect.poll(() => projector.page.getByTestId('projector-spotlight').count()).toBe(0);
    await projector.context.close();
    await expect.poll(() => facilitator.page.getByText(/1 of \d+ have placed dots/).count()).toBe(1);
    await saveScreenshot(facilitator.page, 'triage-dot-vote');
    await expectNoSeriousA11yViolations(facilitator.page);
    await facilitator.page.getByRole('button', { name: 'Close the dot vote' }).click();
    await expect.poll(() => alice.page.getByTestId('triage-dots-left').count()).toBe(0);
    // One click: the closed vote's ranking becomes the room's priority of the two recommendations with dots.
    await facilitator.page.getByRole('button', { name: 'Set the room’s priorities of the 2 recommendations with dots' }).click();
    await expect.poll(() => alice.page.locator('[data-testid^="room-priority-"]').filter({ hasText: 'High' }).count()).toBe(2);
    await saveScreenshot(alice.page, 'triage-priorities-from-dots');
    await Promise.all([facilitator.context.close(), alice.context.close()]);
  });
});
