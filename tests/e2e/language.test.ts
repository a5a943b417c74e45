/**
 * The reader's language: chosen on the page and remembered, English bundled and Mongolian fetched
 * when wanted — from the first paint for a Mongolian phone, live when switching (screens loaded on
 * demand included), offline from the service worker's precache, and said plainly when it cannot.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { controlledByServiceWorker, documentLanguage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { joinAsParticipant } from './support/participant.js';
import { onServer, openConsole } from './support/roles.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

/** Every text the page's root has shown, from the first one, recorded by the page itself. */
async function recordTexts(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(`(() => {
    window.shownTexts = [];
    new MutationObserver(() => {
      const text = document.getElementById('root')?.textContent ?? '';
      if (text !== '' && window.shownTexts.at(-1) !== text) window.shownTexts.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  })()`);
  return () => page.evaluate<string[]>('window.shownTexts');
}

/** The Mongolian catalogue chunks this page requested. */
function mongolianRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (request) => {
    const match = /\/assets\/([\w.]+)\.mn-[^/]+\.js$/.exec(new URL(request.url()).pathname);
    if (match) requested.push(match[1]!);
  });
  return requested;
}

describe('language', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('switching to Mongolian persists across a reload and carries into the workspace', async () => {
    const workshop = await createWorkshop(server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await page.getByRole('heading', { name: 'Join the workshop' }).waitFor();
    await saveScreenshot(page, 'join');
    await expectNoSeriousA11yViolations(page);

    await page.getByLabel('Language').selectOption('mn');
    await page.getByRole('heading', { name: 'Семинарт нэгдэх' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Семинарт нэгдэх' }).waitFor();
    expect(await documentLanguage(page)).toBe('mn');
    expect(await page.getByLabel('Хэл').inputValue()).toBe('mn');

    await page.getByLabel('Таны нэр').fill('Бат-Эрдэнэ');
    await page.getByLabel('Таны байгууллага').fill('Монголын Хуульчдын Холбоо');
    await page.getByRole('button', { name: 'Нэгдэх' }).click();
    await page.getByRole('heading', { name: 'Туршлага 2010–2015' }).waitFor();
    await page.getByRole('button', { name: 'Туршлага нэмэх' }).click();
    await page.getByLabel('Юу болсон').fill('Хүүхэд хамгааллын тухай хууль батлагдсан.');
    await expect.poll(() => page.locator('header [data-status]').textContent()).toContain('Бүх өөрчлөлт хадгалагдсан');
    // Dates through Intl in Mongolian, even though Chromium carries no Mongolian locale data.
    await expect.poll(() => page.getByRole('region', { name: 'UPR follow-up' }).textContent()).toContain('2015 оны арван нэгдүгээр сарын 2');
    await saveScreenshot(page, 'workspace-mongolian');
    await expectNoSeriousA11yViolations(page);
    await context.close();
  });

  it('a workshop in Mongolian: the console’s dot vote asks in Mongolian, and a Mongolian reader sees the triage in Mongolian', async () => {
    const workshop = await createWorkshop(server);
    const control = connectControl(server.url, workshop.facilitatorToken);
    try {
      await waitFor(() => control.latest() !== null, 'the control state');
      await importMongolia2010(server, workshop, 'current');
      await moveRoomTo(server, workshop, 'recommendations');
      // The console stays in English for its reader; what it writes for the room is Mongolian.
      const facilitator = await openConsole(browser, server, workshop);
      // The panel is folded in the console until the facilitator opens it.
      await facilitator.page.locator('summary', { hasText: 'Language of the workshop' }).click();
      await facilitator.page.getByLabel('Texts written for the room').selectOption('mn');
      await waitFor(() => control.latest()?.language === 'mn', 'the workshop is in Mongolian');
      // The agenda, still the template, is now the Mongolian one.
      expect(control.latest()!.agenda.days[0]!.sessions[0]!.title).toBe('Нээлтийн үг');
      const saran = await joinAsParticipant(browser, server, workshop.joinCode, 'Сарангэрэл', 'MONFEMNET');
      await saran.page.getByLabel('Language').selectOption('mn');
      await facilitator.page.getByLabel('Search text, paragraph or state').fill('torture');
      await facilitator.page.getByRole('button', { name: /^Open a dot vote on the \d+ recommendations shown$/ }).click();
      await waitFor(() => (control.latest()?.votes.length ?? 0) === 1, 'the dot vote is open');
      expect(control.latest()!.votes[0]!.spec.question).toBe('Эвсэл аль зөвлөмж дээр эхэлж ажиллах вэ?');
      await facilitator.page.getByRole('combobox', { name: /^Priority of 84\.2 / }).selectOption('high');

      await expect.poll(() => saran.page.getByTestId('triage-dots-left').textContent()).toContain('Цэгийн санал нээлттэй');
      await expect.poll(() => saran.page.getByTestId('room-priority-current/84.2').textContent()).toContain('Өндөр');
      await expect.poll(() => saran.page.getByTestId('triage-count').textContent()).toMatch(/^Харуулж буй: \d+ \/ 129$/);
      await saveScreenshot(saran.page, 'triage-mongolian');
      await saveScreenshot(facilitator.page, 'console-workshop-in-mongolian');
      await expectNoSeriousA11yViolations(saran.page);
      await Promise.all([facilitator.context.close(), saran.context.close()]);
    } finally {
      control.close();
    }
  });
  it('a phone set to Mongolian shows the join page in Mongolian from its first paint; one set to English never fetches Mongolian', async () => {
    const workshop = await createWorkshop(server);
    const mongolian = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'mn-MN' });
    const page = await mongolian.newPage();
    const shown = await recordTexts(page);
    const requested = mongolianRequests(page);
    await page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await page.getByRole('heading', { name: 'Семинарт нэгдэх' }).waitFor();
    const texts = await shown();
    expect(texts[0]).toContain('Семинарт нэгдэх');
    expect(texts.filter((text) => text.includes('Join the workshop'))).toEqual([]);
    expect(await documentLanguage(page)).toBe('mn');
    expect(requested).toEqual(['catalogues']);
    await saveScreenshot(page, 'join-phone-mongolian-first-paint');

    const english = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB' });
    const englishPage = await english.newPage();
    const englishRequested = mongolianRequests(englishPage);
    await englishPage.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await englishPage.getByRole('heading', { name: 'Join the workshop' }).waitFor();
    await englishPage.waitForLoadState('networkidle');
    expect(englishRequested).toEqual([]);
    await Promise.all([mongolian.close(), english.close()]);
  });

  it('switching language live translates the console, whose words load with it, and back', async () => {
    const workshop = await createWorkshop(server);
    const facilitator = await openConsole(browser, server, workshop);
    const page = facilitator.page;
    const requested = mongolianRequests(page);
    await page.locator('summary', { hasText: 'Waiting list' }).waitFor();

    await page.locator('header').getByLabel('Language').selectOption('mn');
    // The console's own catalogue (loaded with it) switches with the rest, in the same render.
    await page.locator('summary', { hasText: 'Хүлээлгийн жагсаалт' }).waitFor();
    await page.getByRole('heading', { name: 'Хөтөлбөр', exact: true }).waitFor();
    expect(await documentLanguage(page)).toBe('mn');
    // Each catalogue the console has loaded (its panels', its screen preview's) came once, with the switch.
    expect(requested.sort()).toEqual(['accreditationConsole', 'catalogues', 'dialogue', 'entryConsole', 'screen']);
    await saveScreenshot(page, 'console-switched-to-mongolian');

    await page.locator('header').getByLabel('Хэл').selectOption('en');
    await page.locator('summary', { hasText: 'Waiting list' }).waitFor();
    expect(await documentLanguage(page)).toBe('en');
    await facilitator.context.close();
  });

  it('a screen loaded on demand opens in Mongolian without showing its English first (the projector)', async () => {
    const workshop = await createWorkshop(server);
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'mn-MN' });
    const page = await context.newPage();
    const shown = await recordTexts(page);
    // The screen's Mongolian arrives a second after its code, as over a slow venue Wi-Fi.
    await page.route(/\/assets\/screen\.mn-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(onServer(workshop.links.projector, server));
    await page.getByText('Семинар удахгүй эхэлнэ').waitFor();
    expect((await shown()).filter((text) => text.includes('The workshop begins soon'))).toEqual([]);
    await saveScreenshot(page, 'projector-mongolian');
    await context.close();
  });

  it('offline, switching to Mongolian works from the service worker’s precache', async () => {
    const workshop = await createWorkshop(server);
    const oyuna = await joinAsParticipant(browser, server, workshop.joinCode, 'Oyuna', 'MONFEMNET', { context: { locale: 'en-GB' } });
    await expect.poll(() => controlledByServiceWorker(oyuna.page), { timeout: 20_000 }).toBe(true);
    await oyuna.context.setOffline(true);
    await oyuna.page.getByLabel('Language').selectOption('mn');
    await oyuna.page.getByRole('heading', { name: 'Туршлага 2010–2015' }).waitFor();
    expect(await documentLanguage(oyuna.page)).toBe('mn');
    await oyuna.context.close();
  });

  it('when Mongolian cannot be fetched, the page stays in English, says so, and its reload opens in Mongolian', async () => {
    const workshop = await createWorkshop(server);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'en-GB', serviceWorkers: 'block' });
    const page = await context.newPage();
    const chunk = /\/assets\/catalogues\.mn-[^/]+\.js$/;
    await page.route(chunk, (route) => route.abort('internetdisconnected'));
    await page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await page.getByRole('heading', { name: 'Join the workshop' }).waitFor();

    await page.getByLabel('Language').selectOption('mn');
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'This language could not be loaded' }).count()).toBe(1);
    expect(await page.getByLabel('Language').inputValue()).toBe('en');
    expect(await documentLanguage(page)).toBe('en');
    await saveScreenshot(page, 'language-unavailable-phone');

    await page.unroute(chunk);
    await page.getByRole('button', { name: 'Reload the page' }).click();
    await page.getByRole('heading', { name: 'Семинарт нэгдэх' }).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await context.close();
  });
});
