/** The action strategy: an activity written by one participant, read by another on the timeline. */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('the action strategy', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
    await importMongolia2010(server, workshop, 'current');
    await moveRoomTo(server, workshop, 'strategy');
  });

  it('an activity with target, linked recommendation and milestone date shows on the other participant’s timeline', async () => {
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    await alice.page.getByRole('button', { name: 'Add activity' }).click();
    const activity = alice.page.getByRole('article', { name: 'Activity 1' });
    await activity.getByLabel('Activity', { exact: true }).fill('Briefing for the Standing Committee on Justice');
    await activity.getByLabel('Target', { exact: true }).selectOption('parliament');
    await activity.getByLabel('Milestone', { exact: true }).fill('Dialogue day');
    await activity.getByLabel('Milestone date').fill('2016-03-15');
    await activity.getByLabel('Lead organisation').fill('Mongolian Bar Association');
    await activity.getByLabel('Find a recommendation (text, paragraph or state)').fill('84.2');
    await activity.getByRole('button', { name: /^84\.2 / }).click();
    await expect.poll(() => bob.page.getByRole('article', { name: 'Activity 1' }).locator('.picker__chips').textContent()).toMatch(/^84\.2 /);

    await bob.page.getByRole('button', { name: 'Timeline' }).click();
    const timeline = bob.page.getByTestId('strategy-timeline');
    await expect.poll(() => timeline.textContent()).toContain('March 2016');
    await expect.poll(() => timeline.textContent()).toContain('2016-03-15 Briefing for the Standing Committee on Justice — Dialogue day');
    expect(await timeline.textContent()).toContain('Parliament · Mongolian Bar Association · Planned');

    await saveScreenshot(alice.page, 'strategy');
    await expectNoSeriousA11yViolations(alice.page);
    await expectNoSeriousA11yViolations(bob.page);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });
});
