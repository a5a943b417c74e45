/**
 * A new version of the app reaches a participant on their next online visit, and only when they
 * choose: the test serves a copy of the built client, lets the service worker install it, then
 * "deploys" a new build into that copy (index.html changed, and with it the precache manifest in
 * sw.js, as a rebuild would) and opens the page again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION } from '../../shared/events.js';
import { launchBrowser } from './support/browser.js';
import { controlledByServiceWorker } from './support/pageState.js';
import { joinAsParticipant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, startTestServer, type TestServer } from './support/server.js';

const NEW_BUILD_MARKER = '<meta name="convene-test-build" content="next" />';

/** Changes the served copy as a new build would: a different index.html and its new revision in sw.js. */
function deployNewBuild(clientDir: string): void {
  const indexPath = path.join(clientDir, 'index.html');
  fs.writeFileSync(indexPath, fs.readFileSync(indexPath, 'utf8').replace('</head>', `  ${NEW_BUILD_MARKER}\n  </head>`));
  const swPath = path.join(clientDir, 'sw.js');
  const sw = fs.readFileSync(swPath, 'utf8');
  const changed = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1next-build"');
  if (changed === sw) throw new Error('sw.js does not list index.html with a revision: the precache manifest changed shape');
  fs.writeFileSync(swPath, changed);
  // The build writes compressed copies beside each file, which the server prefers: write them anew.
  for (const file of [indexPath, swPath]) {
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(fs.readFileSync(file)));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(fs.readFileSync(file)));
  }
}

/**
 * Makes the control channel look like a server deployed after the page was built: every `state`
 * it sends names a newer protocol version. Socket.io starts with HTTP polling, then upgrades to
 * a WebSocket; both are rewritten. Service workers are blocked in that context, as their fetches
 * would bypass the routing.
 */
async function serveNewerProtocol(context: BrowserContext): Promise<void> {
  const newer = (text: string) => text.replaceAll(`"protocolVersion":${PROTOCOL_VERSION}`, `"protocolVersion":${PROTOCOL_VERSION + 1}`);
  await context.route(/\/socket\.io\//, async (route) => {
    try {
      const response = await route.fetch();
      await route.fulfill({ response, body: newer(await response.text()) });
    } catch {
      // A long poll still open when the context closes: nobody waits for it any more.
      await route.abort().catch(() => undefined);
    }
  });
  await context.routeWebSocket(/\/socket\.io\//, (page) => {
    const server = page.connectToServer();
    page.onMessage((message) => server.send(message));
    server.onMessage((message) => page.send(typeof message === 'string' ? newer(message) : message));
  });
}

/** True when the page runs the "new build" (its index.html carries the marker). */
function runsNewBuild(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as { document: { querySelector(s: string): unknown } }).document.querySelector('meta[name="convene-test-build"]') !== null);
}

describe('updating the app', () => {
  let clientDir: string;
  let server: TestServer;
  let browser: Browser;

  beforeAll(async () => {
    clientDir = fs.mkdtempSync(path.join(os.tmpdir(), 'convene-client-'));
    fs.cpSync(path.resolve('dist/client'), clientDir, { recursive: true });
    server = await startTestServer({ clientDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    fs.rmSync(clientDir, { recursive: true, force: true });
  });

  it('a new build is offered on the next online visit with a "Reload" notice, and only pressing it switches the page to the new version', async () => {
    const workshop = await createWorkshop(server);
    const { context, page } = await joinAsParticipant(browser, server, workshop.joinCode, 'Oyuntsetseg', 'Mongolian Women’s Fund');
    await expect.poll(() => controlledByServiceWorker(page), { timeout: 20_000 }).toBe(true);
    expect(await page.getByTestId('update-notice').count()).toBe(0);

    deployNewBuild(clientDir);
    await page.reload();
    await page.getByTestId('identity').filter({ hasText: 'Oyuntsetseg' }).waitFor();
    await page.evaluate('window.sameDocument = true');
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('A new version is available.');
    await saveScreenshot(page, 'update-available');
    // Offered, not imposed: the page still runs the version it opened with, and was not reloaded.
    expect(await runsNewBuild(page)).toBe(false);
    expect(await page.evaluate('window.sameDocument')).toBe(true);

    // The same notice in Mongolian, from its own catalogue.
    await page.getByLabel('Language').selectOption('mn');
    await expect.poll(() => notice.textContent()).toContain('Шинэ хувилбар гарсан байна.');
    await saveScreenshot(page, 'update-available-mn');

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Дахин ачаалах' }).click();
    await reloaded;
    await expect.poll(() => runsNewBuild(page)).toBe(true);
    await page.getByTestId('identity').filter({ hasText: 'Oyuntsetseg' }).waitFor();
    expect(await page.getByTestId('update-notice').count()).toBe(0);
    await context.close();
  });

  it('a server speaking a newer protocol than the open page shows the same notice, and "Reload" reloads', async () => {
    const workshop = await createWorkshop(server);
    const { context, page } = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association', {
      prepare: serveNewerProtocol,
      context: { serviceWorkers: 'block' },
    });
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('A new version is available.');
    await saveScreenshot(page, 'update-newer-server');

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await page.getByTestId('identity').filter({ hasText: 'Bat-Erdene' }).waitFor();
    await context.close();
  });
});
