import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { onServer } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

/** The log's lines that name a command, as the facilitator reads them. */
const logLines = (page: Page, words: string) => page.locator('.audit__list li').filter({ hasText: words }).count();

describe('the facilitator console on a 1366×768 laptop', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('is compact: one primary action per agenda row, panels that fold, the facilitator addressed as the one who runs the room', async () => {
    const workshop = await createWorkshop(server, 'Console at 1366');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(onServer(workshop.links.facilitator, server));
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();

    // Never "you are following the room" to the one who runs it.
    const followBar = page.getByTestId('follow-bar');
    await expect.poll(() => followBar.textContent()).toContain('You run the room');
    expect(await followBar.textContent()).not.toContain('You are following the room');

    // Each row shows its "Go to" and a "More" menu; editing and moving wait inside the menu.
    const rows = page.locator('.agenda .session-row');
    const rowCount = await rows.count();
    expect(rowCount).toBeGreaterThan(5);
    const visibleButtons = await page.locator('.agenda .session-row button:visible').count();
    expect(visibleButtons).toBe(rowCount);
    await page.getByLabel('More actions: Opening remarks').click();
    await page.getByRole('button', { name: 'Edit Opening remarks' }).waitFor();

    await saveScreenshot(page, 'console-1366x768-menu');
    // The agenda and the side panels scroll in their own columns, each within the screen's height,
    // so the page is the run bar plus one screen (it was 2,700 px).
    for (const column of ['.console__agenda', '.console__side']) expect((await page.locator(column).boundingBox())!.height).toBeLessThanOrEqual(768);
    const height = await page.evaluate(() => (globalThis as unknown as { document: { documentElement: { scrollHeight: number } } }).document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(768 * 1.5);

    // Every link, the projector's too, is found again in the console.
    await page.locator('summary', { hasText: 'Links' }).click();
    expect(await page.getByLabel('Projector link').inputValue()).toMatch(new RegExp(`/w/${workshop.id}/projector#token=${workshop.projectorToken}$`));
    await page.locator('summary', { hasText: 'Links' }).click();
    await saveScreenshot(page, 'console-1366x768');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('writes one log line for one click', async () => {
    const workshop = await createWorkshop(server, 'One line per click');
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(onServer(workshop.links.facilitator, server));
    await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
    await page.locator('summary', { hasText: /^Log$/ }).click();

    await page.getByRole('button', { name: /^Start the agenda/ }).click();
    await expect.poll(() => logLines(page, 'Opening remarks')).toBe(1);
    // A second command's line is the ordering barrier: by the time it shows, any copy of the first would have too.
    await page.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => logLines(page, 'Experiences with the UPR')).toBe(1);
    expect(await logLines(page, 'Opening remarks')).toBe(1);
    await saveScreenshot(page, 'console-log');
    await context.close();
  });
});
