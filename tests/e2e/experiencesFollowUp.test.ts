/** Experience cards tied to the previous review: link a 2010 recommendation, assess it, see it on the board and in the browser. */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import type { TestServer } from './support/server.js';
import { moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('experiences linked to the previous review', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { Authorization: `Bearer ${server.organiserKey}` } });
    if (response.status !== 201) throw new Error(`demo failed: ${response.status}`);
    workshop = (await response.json()) as CreateWorkshopResponse;
    await moveRoomTo(server, workshop, 'experiences');
  });

  it('a card links a 2010 recommendation with an assessment and a theme; another participant sees it on the board and in the list', async () => {
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    const cards = alice.page.getByRole('article', { name: /^Experience card / });
    const number = await cards.count();
    const card = alice.page.getByRole('article', { name: `Experience card ${number}` });
    await card.getByLabel('What happened').fill('Torture definition debated in parliament.');
    await card.getByLabel('Find a recommendation (text, paragraph or state)').fill('definition of torture');
    await card.getByRole('button', { name: /^84\.\d+ / }).first().click();
    await card.getByLabel('Implementation').selectOption('partial');
    await card.getByLabel('Evidence or source').fill('NHRC annual report 2014');
    await card.getByPlaceholder('Add a theme').fill('Torture');
    await card.getByRole('button', { name: 'Add', exact: true }).click();

    const bobCard = bob.page.getByRole('article', { name: `Experience card ${number}` });
    await expect.poll(() => bobCard.locator('.picker__chips').first().textContent()).toMatch(/^84\.\d+ /);
    await expect.poll(() => bobCard.getByLabel('Implementation').inputValue()).toBe('partial');
    await expect.poll(() => bobCard.getByLabel('Evidence or source').inputValue()).toBe('NHRC annual report 2014');

    const board = bob.page.getByTestId('experience-board');
    await expect.poll(() => board.getByRole('region', { name: 'Torture' }).textContent()).toContain('Torture definition debated in parliament.');
    await bob.page.getByRole('button', { name: 'Previous recommendations' }).click();
    await bob.page.getByLabel('Only recommendations with an assessment').check();
    await expect.poll(() => bob.page.locator('.previous-recommendations tbody tr').first().textContent()).toContain('Partially implemented: 1');
    await bob.page.getByRole('button', { name: 'Timeline by year' }).click();
    await bob.page.getByTestId('experience-timeline').waitFor();

    await saveScreenshot(alice.page, 'experiences-follow-up');
    await expectNoSeriousA11yViolations(alice.page);
    await expectNoSeriousA11yViolations(bob.page);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });
});
