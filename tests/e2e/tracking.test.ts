import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { horizontalOverflow, smallTargets } from './support/layout.js';
import { joinAsParticipant } from './support/participant.js';
import { onServer } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import type { TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

const SOURCE = 'Ministry of Justice, annual report 2026, p. 14';
const EVIDENCE = 'The national preventive mechanism was designated in 2026 but has no budget.';

async function demoWorkshop(server: TestServer): Promise<CreateWorkshopResponse> {
  const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } });
  return (await response.json()) as CreateWorkshopResponse;
}

/** The live word count, as a number. */
async function wordCount(page: Page): Promise<number> {
  const text = (await page.getByTestId('word-count').textContent()) ?? '';
  return Number(/(\d[\d,  ]*)/.exec(text)?.[1]?.replace(/\D/g, '') ?? NaN);
}

describe('implementation tracking', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('a coalition member on a phone records an assessment with evidence and source, sees it in the history and the word count grow', async () => {
    const workshop = await demoWorkshop(server);
    const { context, page } = await joinAsParticipant(browser, server, workshop.joinCode, 'Oyun', 'Globe International', {
      context: { viewport: { width: 390, height: 844 } },
    });
    await page.getByRole('link', { name: 'Track implementation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Implementation tracking' }).waitFor();
    await page.getByTestId('word-count').waitFor();
    expect(await page.getByTestId('word-count').textContent()).toMatch(/^Word count: \d+ of 5,630$/);
    const before = await wordCount(page);

    const card = page.locator('.target-card').first();
    await card.locator('summary').click();
    // Without a source the form refuses, in words, and nothing is recorded.
    await card.getByLabel('Evidence', { exact: true }).fill(EVIDENCE);
    await card.getByRole('button', { name: 'Record the assessment' }).click();
    await card.getByText('Give a source: a link or a citation.').waitFor();
    await expect.poll(() => card.locator('.assessment-history__item').count()).toBe(0);

    await card.getByLabel('Partially implemented').check();
    await card.getByLabel('Source (required)').fill(SOURCE);
    await card.getByLabel(/next cycle/).fill('Give the mechanism its own budget line.');
    await card.getByRole('button', { name: 'Record the assessment' }).click();
    await card.getByText('Assessment recorded.').waitFor();
    const entry = card.locator('.assessment-history__item').first();
    await expect.poll(() => entry.textContent()).toContain(SOURCE);
    expect(await entry.textContent()).toContain(EVIDENCE);
    expect(await entry.textContent()).toContain('by Oyun (Globe International)');
    expect(await card.locator('summary .rating').textContent()).toBe('Partially implemented');
    await expect.poll(() => wordCount(page)).toBeGreaterThan(before + 20);
    expect(await page.getByTestId('assessed-count').textContent()).toMatch(/^Assessed: 1 of \d+$/);
    // The list can leave out what is done.
    await page.getByLabel('Only those not yet assessed').check();
    await expect.poll(() => page.locator('.target-list').first().getByText(EVIDENCE).count()).toBe(0);
    await page.getByLabel('Only those not yet assessed').uncheck();

    // The single-submission limit, and the page holds at 390 px.
    await page.getByLabel('Single submission (2,815 words)').check();
    await expect.poll(() => page.getByTestId('word-count').textContent()).toMatch(/of 2,815$/);
    expect((await horizontalOverflow(page)).culprits).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    await expectNoSeriousA11yViolations(page);
    await saveScreenshot(page, 'tracking-phone-en');

    // Kept on the server: a reload shows the same history.
    await page.reload();
    await page.locator('.target-card').first().locator('summary').click();
    await expect.poll(() => page.locator('.target-card').first().locator('.assessment-history__item').count()).toBe(1);

    await page.locator('header').getByLabel('Language').selectOption('mn');
    await page.getByRole('heading', { level: 1, name: 'Хэрэгжилтийн хяналт' }).waitFor();
    await page.getByLabel('Тайлангийн хэл').selectOption('mn');
    await expect.poll(() => page.getByTestId('word-count').textContent()).toMatch(/^Үгийн тоо: \d+ \/ 2,815$/);
    expect((await horizontalOverflow(page)).culprits).toEqual([]);
    await saveScreenshot(page, 'tracking-phone-mn');

    // The choice is the workshop's, not the device's: another member's first visit counts against it too.
    const other = await joinAsParticipant(browser, server, workshop.joinCode, 'Bold', 'MONFEMNET', { context: { viewport: { width: 390, height: 844 } } });
    await other.page.getByRole('link', { name: 'Track implementation' }).click();
    await other.page.getByTestId('word-count').waitFor();
    expect(await other.page.getByTestId('word-count').textContent()).toMatch(/of 2,815$/);
    expect(await other.page.getByLabel('Single submission (2,815 words)').isChecked()).toBe(true);
    await other.context.close();
    await context.close();
  });

  it('two members’ open tracking pages: when one chooses the submission, the other follows on coming back into focus or view, and left open within half a minute, asking nothing while hidden', async () => {
    const workshop = await demoWorkshop(server);
    const openTracking = async (name: string, organisation: string, fakeClock: boolean) => {
      const member = await joinAsParticipant(browser, server, workshop.joinCode, name, organisation, {
        context: { viewport: { width: 1366, height: 768 } },
        // The other member's page runs on Playwright's clock, so the half-minute read needs no half-minute wait.
        prepare: fakeClock ? (context) => context.clock.install() : undefined,
      });
      await member.page.getByRole('link', { name: 'Track implementation' }).click();
      await member.page.getByTestId('word-count').waitFor();
      return member;
    };
    const choose = (page: Page, label: string) =>
      Promise.all([page.waitForResponse((r) => r.url().endsWith('/tracking/submission') && r.request().method() === 'PUT' && r.ok()), page.getByLabel(label).check()]);
    const one = await openTracking('Oyun', 'Globe International', false);
    const other = await openTracking('Bold', 'MONFEMNET', true);
    const boardReads: string[] = [];
    other.page.on('request', (request) => void (request.method() === 'GET' && /\/tracking$/.test(new URL(request.url()).pathname) && boardReads.push(request.url())));
    expect(await other.page.getByTestId('word-count').textContent()).toMatch(/of 5,630$/);

    await choose(one.page, 'Single submission (2,815 words)');
    // Coming back to the page (a window switch): it reads the board once and follows.
    await other.page.clock.runFor(1_500);
    await other.page.evaluate("window.dispatchEvent(new Event('focus'))");
    await expect.poll(() => other.page.getByTestId('word-count').textContent()).toMatch(/of 2,815$/);
    expect(await other.page.getByLabel('Single submission (2,815 words)').isChecked()).toBe(true);
    expect(boardReads).toHaveLength(1);

    // Hidden (another tab in front), the page asks nothing, however long.
    await other.page.evaluate("Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })");
    await choose(one.page, 'Joint submission (5,630 words)');
    await other.page.clock.runFor(95_000);
    expect(boardReads).toHaveLength(1);
    expect(await other.page.getByTestId('word-count').textContent()).toMatch(/of 2,815$/);
    // In view again and simply left open: the next half-minute read brings the change.
    await other.page.evaluate("Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' })");
    await other.page.clock.runFor(30_000);
    await expect.poll(() => other.page.getByTestId('word-count').textContent()).toMatch(/of 5,630$/);
    expect(await other.page.getByLabel('Joint submission (5,630 words)').isChecked()).toBe(true);
    expect(boardReads).toHaveLength(2);
    // Hidden, then shown again (the tab brought back to the front): it reads the board at once.
    await other.page.evaluate("Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' })");
    await choose(one.page, 'Single submission (2,815 words)');
    await other.page.clock.runFor(1_500);
    await other.page.evaluate("Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' }); document.dispatchEvent(new Event('visibilitychange'))");
    await expect.poll(() => other.page.getByTestId('word-count').textContent()).toMatch(/of 2,815$/);
    expect(boardReads).toHaveLength(3);
    // The page that chose keeps its own choice through its own reads.
    expect(await one.page.getByLabel('Single submission (2,815 words)').isChecked()).toBe(true);
    await one.context.close();
    await other.context.close();
  });

  it('the facilitator reaches tracking from the console on a 1366 px laptop, in English and Mongolian', async () => {
    const workshop = await demoWorkshop(server);
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(onServer(workshop.links.facilitator, server));
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
    await page.getByRole('link', { name: 'Track implementation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Implementation tracking' }).waitFor();
    await page.getByTestId('word-count').waitFor();
    await page.locator('.target-card').first().locator('summary').click();
    expect((await horizontalOverflow(page)).culprits).toEqual([]);
    await saveScreenshot(page, 'tracking-laptop-en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Mid-term report (PDF)' }).click()]);
    expect(download.suggestedFilename()).toBe(`convene-${workshop.id}-midterm-report.pdf`);
    const stream = await download.createReadStream();
    const head = await new Promise<Buffer>((resolve) => stream.once('data', (chunk: Buffer) => resolve(chunk)));
    expect(head.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await page.locator('header').getByLabel('Language').selectOption('mn');
    await page.getByRole('heading', { level: 1, name: 'Хэрэгжилтийн хяналт' }).waitFor();
    await saveScreenshot(page, 'tracking-laptop-mn');
    await context.close();
  });
});
