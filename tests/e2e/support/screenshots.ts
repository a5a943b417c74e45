/** Saves full-page screenshots under test-results/screenshots/ for a human look at the design. */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

const DIR = path.resolve('test-results/screenshots');

/** Writes `<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(DIR, { recursive: true });
  await page.screenshot({ path: path.join(DIR, `${name}.png`), fullPage: true });
}
