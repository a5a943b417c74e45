/**
 * Launches Chromium for browser tests: the system one when installed, else the one packaged by
 * @sparticuz/chromium. Its own argument list is not used: it contains --single-process, which
 * breaks running two browser contexts side by side.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

async function executablePath(): Promise<string> {
  if (fs.existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const packaged = await import('@sparticuz/chromium');
  return packaged.default.executablePath();
}

/** A headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await executablePath(), args: ARGS, headless: true });
}
