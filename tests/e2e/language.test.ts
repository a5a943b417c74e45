import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { documentLanguage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { joinAsParticipant } from './support/participant.js';
import { openConsole } from './support/roles.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

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
});
