/** Importing recommendations through the facilitator's console: column preview, upload, the answer in plain words. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { openConsole } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { MONGOLIA_2010_CSV, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('importing recommendations from the console', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;
  let scratch: string;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
    await moveRoomTo(server, workshop, 'recommendations');
    scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-import-'));
  });

  afterAll(async () => {
    fs.rmSync(scratch, { recursive: true, force: true });
  });

  it('previews the columns of a CSV, uploads it with progress, and the table fills', async () => {
    const facilitator = await openConsole(browser, server, workshop);
    const { page } = facilitator;
    await page.getByText('Import recommendations (CSV or XLSX)').click();
    await page.getByLabel('Recommendations file').setInputFiles(MONGOLIA_2010_CSV);
    const preview = page.getByTestId('column-preview');
    await expect.poll(() => preview.textContent()).toContain('Recognised as UN recommendations matrix');
    expect(await preview.getByRole('row', { name: /Recommending States/ }).textContent()).toContain('Recommending states');

    await page.getByRole('button', { name: 'Upload and import' }).click();
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toContain('Imported 129 new, updated 0, 0 unchanged');
    expect(await page.getByLabel('Upload progress').getAttribute('value')).toBe('1');
    await expect.poll(() => page.getByTestId('triage-count').textContent()).toBe('Showing 129 of 129');
    await saveScreenshot(page, 'import');
    await expectNoSeriousA11yViolations(page);

    const broken = path.join(scratch, 'broken.csv');
    fs.writeFileSync(broken, 'Paragraph,Recommendation,Recommending States,Position\n99.1,,France,Accepted\n');
    await page.getByLabel('Recommendations file').setInputFiles(broken);
    await page.getByRole('button', { name: 'Upload and import' }).click();
    await expect.poll(() => page.getByTestId('import-outcome').textContent()).toMatch(/Row 2, column “Recommendation”/);
    await facilitator.context.close();
  });
});
