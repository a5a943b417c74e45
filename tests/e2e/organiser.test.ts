import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { readLocalStorage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import type { TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('the organiser page', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('creates a workshop and shows the facilitator and projector links and the join code', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=${server.organiserKey}`);
    await expect.poll(() => page.url()).toBe(`${server.url}/organiser`);
    expect(await readLocalStorage(page, 'convene:organiserKey')).toBe(server.organiserKey);
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Title').fill('UPR mid-term review, Mongolia');
    await page.getByLabel('Country').fill('Mongolia');
    await page.getByLabel('Start date').fill('2015-11-02');
    await page.getByLabel('End date').fill('2015-11-04');
    await page.getByRole('button', { name: 'Create workshop' }).click();

    const joinCode = page.getByLabel('Join code');
    await joinCode.waitFor();
    expect(await joinCode.inputValue()).toMatch(/^[A-Z2-9]{6}$/);
    const facilitatorLink = await page.getByLabel('Facilitator link').inputValue();
    const projectorLink = await page.getByLabel('Projector link').inputValue();
    expect(facilitatorLink).toMatch(/\/w\/[^/]+\/facilitator#token=.+/);
    expect(projectorLink).toMatch(/\/w\/[^/]+\/projector#token=.+/);
    expect(await page.getByLabel('Participant link').inputValue()).toContain(`/join?code=${await joinCode.inputValue()}`);
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(4);
    await saveScreenshot(page, 'organiser-created');
    await expectNoSeriousA11yViolations(page);

    // The facilitator link opens the workspace as facilitator and drops the token from the address bar.
    const facilitator = await context.newPage();
    await facilitator.goto(facilitatorLink);
    await facilitator.getByTestId('identity').filter({ hasText: 'facilitator' }).waitFor();
    expect(facilitator.url()).not.toContain('#');
    await facilitator.getByRole('button', { name: 'Add experience' }).click();
    await facilitator.getByLabel('What happened').fill('Facilitator example card.');
    await saveScreenshot(facilitator, 'workspace-facilitator');
    await expectNoSeriousA11yViolations(facilitator);
    await context.close();
  });

  it('explains a wrong key in plain words', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=not-the-key`);
    await page.getByLabel('Title').fill('Should not be created');
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('This link or key is not valid (any more).');
    await context.close();
  });
});
