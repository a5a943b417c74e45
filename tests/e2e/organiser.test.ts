import type os from 'node:os';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { launchBrowser } from './support/browser.js';
import { readLocalStorage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import { startTestServer, type TestServer } from './support/server.js';
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
    // The list below holds the same links, folded away.
    const created = page.locator('section[data-origin]');
    const facilitatorLink = await created.getByLabel('Facilitator link').inputValue();
    const projectorLink = await created.getByLabel('Projector link').inputValue();
    expect(facilitatorLink).toMatch(/\/w\/[^/]+\/facilitator#token=.+/);
    expect(projectorLink).toMatch(/\/w\/[^/]+\/projector#token=.+/);
    expect(await created.getByLabel('Participant link').inputValue()).toContain(`/join?code=${await joinCode.inputValue()}`);
    expect(await created.getByRole('button', { name: 'Copy' }).count()).toBe(4);
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

describe('the links the organiser page hands out', () => {
  let browser: Browser;
  let servers: TestServer[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
    for (const server of servers) await server.close();
    servers = [];
  });

  const venueWifi = () => ({ wlan0: [{ address: '192.168.1.23', family: 'IPv4', internal: false } as os.NetworkInterfaceInfo] });

  /** Opens the organiser page from the printed localhost link and creates a workshop. */
  async function createOnPage(server: TestServer, title: string) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=${server.organiserKey}`);
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Create workshop' }).click();
    await page.getByLabel('Join code').waitFor();
    return { context, page };
  }

  it('use the LAN address when the server has one, also in the list after a reload', async () => {
    const server = await startTestServer({ networkInterfaces: venueWifi });
    servers.push(server);
    const { context, page } = await createOnPage(server, 'Venue Wi-Fi');
    const lan = `http://192.168.1.23:${server.port}/`;
    for (const label of ['Participant link', 'Projector link', 'Facilitator link']) {
      expect((await page.locator('section[data-origin]').getByLabel(label).inputValue()).startsWith(lan), label).toBe(true);
    }
    await page.locator('section[data-origin]').getByText('Phones on the same network as this computer can open these links.').waitFor();

    // The list keeps every link: the projector link is found again after a reload.
    await page.reload();
    await page.getByText('Links', { exact: true }).click();
    const projector = await page.getByLabel('Projector link').inputValue();
    expect(projector).toMatch(new RegExp(`^${lan}w/[^/]+/projector#token=.+`));
    await saveScreenshot(page, 'organiser-list-links');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('warn when they can only say localhost', async () => {
    const server = await startTestServer();
    servers.push(server);
    const { context, page } = await createOnPage(server, 'No network');
    const created = page.locator('section[data-origin]');
    expect((await created.getByLabel('Participant link').inputValue()).startsWith(`http://localhost:${server.port}/`)).toBe(true);
    await expect.poll(() => created.getByRole('alert').textContent()).toContain('only this computer can open them');
    await saveScreenshot(page, 'organiser-links-localhost');
    await context.close();
  });
});
