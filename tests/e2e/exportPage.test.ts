import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { readLocalStorage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import { onServer } from './support/roles.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

/** Clicks a download button and waits until the browser has the file. */
async function downloadWith(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return download;
}

/** The workshop id inside a facilitator link. */
function workshopIdOf(facilitatorLink: string): string {
  const id = /\/w\/([^/]+)\/facilitator/.exec(facilitatorLink)?.[1];
  if (!id) throw new Error(`no workshop id in ${facilitatorLink}`);
  return id;
}

describe('demo workshop, export page and restore', () => {
  let server: TestServer;
  let browser: Browser;
  let downloads: string;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-downloads-'));
  });

  afterAll(async () => {
    if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
  });

  it('creates a demo in one click, exports its record file by file, and continues it from record.json', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=${server.organiserKey}`);
    await page.getByRole('heading', { name: 'Demo workshop' }).waitFor();
    await expectNoSeriousA11yViolations(page);

    // Demo: one click, then the links of a workshop marked as a demo.
    await page.getByRole('button', { name: 'Create a demo workshop' }).click();
    const created = page.locator('[data-origin="demo"]');
    await created.getByLabel('Join code').waitFor();
    expect(await created.getByRole('heading', { level: 2 }).textContent()).toContain('Demo');
    const facilitatorLink = await created.getByLabel('Facilitator link').inputValue();
    expect(facilitatorLink).toMatch(/\/w\/[^/]+\/facilitator#token=.+/);
    expect(await created.getByLabel('Projector link').inputValue()).toMatch(/\/w\/[^/]+\/projector#token=.+/);
    const joinCode = await created.getByLabel('Join code').inputValue();
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const demoId = workshopIdOf(facilitatorLink);
    expect(await readLocalStorage(page, `convene:token:${demoId}:facilitator`)).toBeTruthy();

    // The list remembers it, with an Export action.
    const list = page.getByRole('region', { name: 'Your workshops' });
    await list.getByText(`Join code ${joinCode}`).waitFor();
    await saveScreenshot(page, 'organiser-demo-created');
    await expectNoSeriousA11yViolations(page);
    await list.getByRole('link', { name: /^Export: Demo/ }).click();

    // Export page: everything at once, then single files.
    await page.getByRole('heading', { level: 1, name: 'Export the record' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${demoId}/export`);
    await expectNoSeriousA11yViolations(page);

    const archive = await downloadWith(page, 'Download everything (archive.zip)');
    expect(archive.suggestedFilename()).toBe(`convene-${demoId}-archive.zip`);
    const archivePath = path.join(downloads, archive.suggestedFilename());
    await archive.saveAs(archivePath);
    expect(fs.readFileSync(archivePath).subarray(0, 2).toString('latin1')).toBe('PK');
    await page.getByText(`Saved convene-${demoId}-archive.zip`).waitFor();

    const plan = await downloadWith(page, 'Download plan.csv');
    expect(plan.suggestedFilename()).toBe(`convene-${demoId}-plan.csv`);
    const planPath = path.join(downloads, plan.suggestedFilename());
    await plan.saveAs(planPath);
    const planText = fs.readFileSync(planPath, 'utf8');
    expect(planText.charCodeAt(0)).toBe(0xfeff); // the BOM spreadsheets need to read UTF-8
    // The demo's example plan rows, then its current review's open recommendations, in words; never the 2010 review's.
    const planLines = planText.split('\r\n');
    expect(planLines[0]).toContain('Baseline');
    expect(planLines[0]).toContain('Source of the indicator data');
    expect(planLines.filter((line) => line.includes('Not yet in the plan')).length).toBeGreaterThan(15);
    expect(planText).not.toContain('Previous review');
    expect(planText).not.toContain('no plan row');

    const record = await downloadWith(page, 'Download record.json');
    expect(record.suggestedFilename()).toBe(`convene-${demoId}-record.json`);
    const recordPath = path.join(downloads, record.suggestedFilename());
    await record.saveAs(recordPath);
    await saveScreenshot(page, 'export-page');
    await expectNoSeriousA11yViolations(page);

    // Restore: the downloaded record makes a new workshop, shown with its links.
    await page.getByRole('link', { name: 'Back to the organiser page' }).click();
    await page.getByLabel('Archive file (record.json)').setInputFiles(recordPath);
    await page.getByRole('button', { name: 'Continue from this archive' }).click();
    const restored = page.locator('[data-origin="restored"]');
    await restored.getByLabel('Join code').waitFor();
    expect(await restored.getByRole('heading', { level: 2 }).textContent()).toContain('restored from its archive');
    const restoredLink = await restored.getByLabel('Facilitator link').inputValue();
    expect(workshopIdOf(restoredLink)).not.toBe(demoId);
    expect(await restored.getByLabel('Join code').inputValue()).not.toBe(joinCode);
    expect(await list.getByRole('listitem').count()).toBe(2);
    await expectNoSeriousA11yViolations(page);

    // The restored workshop opens with the demo's content.
    const facilitator = await context.newPage();
    await facilitator.goto(restoredLink);
    await facilitator.getByTestId('identity').filter({ hasText: 'facilitator' }).waitFor();
    await facilitator.getByRole('link', { name: 'Export the record' }).click();
    await facilitator.getByRole('heading', { level: 1, name: 'Export the record' }).waitFor();
    expect(new URL(facilitator.url()).pathname).toBe(`/w/${workshopIdOf(restoredLink)}/export`);
    await context.close();
  });

  it('names the workshop by its title when opened from the console', async () => {
    const workshop = await createWorkshop(server, 'Mid-term review, Darkhan');
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(onServer(workshop.links.facilitator, server));
    await page.getByTestId('identity').filter({ hasText: 'facilitator' }).waitFor();
    await page.goto(`${server.url}/w/${workshop.id}/export`);
    await expect.poll(() => page.locator('.lead').textContent()).toContain('“Mid-term review, Darkhan”');
    expect(await page.locator('.lead').textContent()).not.toContain(workshop.id);
    await context.close();
  });

  it('explains a file that is not a record, and a refused download, in plain words', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=${server.organiserKey}`);
    await page.getByLabel('Archive file (record.json)').setInputFiles({ name: 'plan.csv', mimeType: 'text/csv', buffer: Buffer.from('a,b\r\n1,2\r\n') });
    await page.getByRole('button', { name: 'Continue from this archive' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('is not a record.json archive');

    const notARecord = { name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify({ format: 'convene-record', version: 1 })) };
    await page.getByLabel('Archive file (record.json)').setInputFiles(notARecord);
    await page.getByRole('button', { name: 'Continue from this archive' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('not a complete Convene record, so nothing was created');

    // The export page with a key that is not the organiser's: the row says why, as an alert.
    await page.evaluate(() => (globalThis as unknown as { localStorage: { setItem(key: string, value: string): void } }).localStorage.setItem('convene:organiserKey', 'not-the-key'));
    await page.goto(`${server.url}/w/unknown-workshop/export`);
    await page.getByRole('button', { name: 'Download votes.csv' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('votes.csv could not be downloaded. This link or key is not valid (any more).');

    // In Mongolian the page and the refusal read in Mongolian, and stay accessible.
    await page.getByLabel('Language').selectOption('mn');
    await page.getByRole('heading', { level: 1, name: 'Тэмдэглэлийг экспортлох' }).waitFor();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Татаж чадсангүй: votes.csv.');
    await saveScreenshot(page, 'export-page-mn');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });
});
