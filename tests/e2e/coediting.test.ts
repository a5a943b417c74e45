import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { cardField, joinAsParticipant, syncStatus } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { moveRoomTo } from './support/uprWork.js';

describe('co-editing an experience card', () => {
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

  it('two participants typing into the same field both keep their words, and the projector shows them', async () => {
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await alice.page.getByLabel('Year of the new card').selectOption('2012');
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    const aliceField = cardField(alice.page, 1, 'What happened');
    await aliceField.fill('Law on domestic violence drafted.');

    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    const bobField = cardField(bob.page, 1, 'What happened');
    await expect.poll(() => bobField.inputValue()).toBe('Law on domestic violence drafted.');
    await expect.poll(() => bob.page.getByText('2 present').count()).toBe(1);

    // Both put the caret at the end and type at the same time.
    await aliceField.click();
    await alice.page.keyboard.press('End');
    await bobField.click();
    await bob.page.keyboard.press('End');
    await Promise.all([
      alice.page.keyboard.type(' Alice: adopted 2016.', { delay: 15 }),
      bob.page.keyboard.type(' Bob: NGOs consulted.', { delay: 15 }),
    ]);

    for (const field of [aliceField, bobField]) {
      await expect.poll(() => field.inputValue()).toContain('Alice: adopted 2016.');
      await expect.poll(() => field.inputValue()).toContain('Bob: NGOs consulted.');
    }
    expect(await aliceField.inputValue()).toBe(await bobField.inputValue());
    // Each sees the other in the card, as on plan rows.
    const editorsOfCard = (page: typeof alice.page) => page.getByRole('article', { name: 'Experience card 1' }).getByTestId('row-editors').textContent();
    await expect.poll(() => editorsOfCard(alice.page)).toBe('Bat-Erdene is editing');
    await expect.poll(() => editorsOfCard(bob.page)).toBe('Alice Bold is editing');
    await expect.poll(() => syncStatus(alice.page)).toBe('stored');
    await expect.poll(() => syncStatus(bob.page)).toBe('stored');

    await cardField(bob.page, 1, 'Lesson').fill('Coalitions work.');
    await expect.poll(() => cardField(alice.page, 1, 'Lesson').inputValue()).toBe('Coalitions work.');

    await alice.page.getByRole('heading', { name: 'Experiences 2010–2015' }).scrollIntoViewIfNeeded();
    await saveScreenshot(alice.page, 'workspace-participant');
    await expectNoSeriousA11yViolations(alice.page);

    // Before the agenda starts the projector shows how to join; the facilitator starts it.
    await moveRoomTo(server, workshop, 'experiences');
    const projectorContext = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    const projector = await projectorContext.newPage();
    await projector.goto(workshop.links.projector.replace(/^https?:\/\/[^/]+/, server.url));
    await expect.poll(() => projector.getByTestId('projector-join-code').textContent()).toBe(workshop.joinCode);
    await expect.poll(() => projector.getByText('Coalitions work.').count()).toBe(1);
    expect(projector.url()).not.toContain('token=');
    await saveScreenshot(projector, 'projector');
    await expectNoSeriousA11yViolations(projector);

    await Promise.all([alice.context.close(), bob.context.close(), projectorContext.close()]);
  });
});
