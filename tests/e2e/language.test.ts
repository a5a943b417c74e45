import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { documentLanguage } from './support/pageState.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
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
});
