/** Opens the facilitator console and the projector from the links a created workshop hands out. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { CreateWorkshopResponse } from '../../../shared/api.js';
import type { TestServer } from './server.js';

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
}

/** The link as served by the test server (links may carry the server's LAN address). */
export function onServer(link: string, server: TestServer): string {
  return link.replace(/^https?:\/\/[^/]+/, server.url);
}

/** The facilitator's console, once its control channel has sent the agenda. */
export async function openConsole(browser: Browser, server: TestServer, workshop: CreateWorkshopResponse): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(onServer(workshop.links.facilitator, server));
  await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
  return { context, page };
}

/** The projector screen, once the join code is shown. */
export async function openProjector(browser: Browser, server: TestServer, workshop: CreateWorkshopResponse): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(onServer(workshop.links.projector, server));
  await page.getByTestId('projector-join-code').waitFor();
  return { context, page };
}

/** Moves the room to the first session with this title, with the console's "Go to" button. */
export async function goToSession(facilitator: Page, title: string): Promise<void> {
  await facilitator.getByRole('button', { name: `Go to ${title}` }).first().click();
  await facilitator.getByTestId('console-current-session').filter({ hasText: title }).waitFor();
}
