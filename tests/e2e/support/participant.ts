/** Drives the participant's pages: join with a code, find a card's field, read the indicator. */
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import type { TestServer } from './server.js';

export interface Participant {
  context: BrowserContext;
  page: Page;
}

/**
 * Opens a fresh browser context (its own storage, with `options.context`) and joins through the
 * join page. `prepare` runs on the context before its page opens (to route its sockets, for instance).
 */
export async function joinAsParticipant(
  browser: Browser,
  server: TestServer,
  joinCode: string,
  name: string,
  organisation: string,
  options: { prepare?: (context: BrowserContext) => Promise<void>; context?: BrowserContextOptions } = {},
): Promise<Participant> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...options.context });
  await options.prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/join?code=${joinCode}`);
  await page.getByLabel(/your name/i).fill(name);
  await page.getByLabel(/your organisation/i).fill(organisation);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  // Playwright's own wait: this runs in beforeAll hooks too, where expect.poll is not allowed.
  await page.getByTestId('identity').filter({ hasText: name }).waitFor();
  return { context, page };
}

/** The text field `label` of the n-th card (1-based). */
export function cardField(page: Page, number: number, label: string | RegExp): Locator {
  return page.getByRole('article', { name: `Experience card ${number}` }).getByLabel(label);
}

/** The connection indicator's state (`data-status`). */
export function syncStatus(page: Page): Promise<string | null> {
  return page.locator('header [data-status]').getAttribute('data-status');
}


/** Joins on a 390 px phone while the invitation list is in force: the page stops in the waiting room. */
export async function joinToWaitingRoom(browser: Browser, server: TestServer, joinCode: string, name: string, organisation: string): Promise<Participant> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${server.url}/join?code=${joinCode}`);
  await page.getByLabel(/your name/i).fill(name);
  await page.getByLabel(/your organisation/i).fill(organisation);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByTestId('waiting-room').waitFor();
  return { context, page };
}
