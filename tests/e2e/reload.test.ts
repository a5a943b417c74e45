import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readLocalStorage } from './support/pageState.js';
import { cardField, joinAsParticipant, syncStatus } from './support/participant.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('reloading the workspace', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('keeps the same identity and the content, without joining again', async () => {
    const workshop = await createWorkshop(server);
    const { context, page } = await joinAsParticipant(browser, server, workshop.joinCode, 'Oyuntsetseg', 'Mongolian Women’s Fund');
    const tokenKey = `convene:token:${workshop.id}:participant`;
    const token = await readLocalStorage(page, tokenKey);
    expect(token).toBeTruthy();

    await page.getByLabel('Year of the new card').selectOption('2014');
    await page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(page, 1, 'What happened').fill('Child protection law amended.');
    await expect.poll(() => syncStatus(page)).toBe('stored');
    const workspaceUrl = page.url();

    await page.reload();
    expect(page.url()).toBe(workspaceUrl);
    await expect.poll(() => page.getByTestId('identity').textContent()).toBe('You: Oyuntsetseg (Mongolian Women’s Fund)');
    await expect.poll(() => cardField(page, 1, 'What happened').inputValue()).toBe('Child protection law amended.');
    expect(await cardField(page, 1, 'Year').inputValue()).toBe('2014');
    expect(await readLocalStorage(page, tokenKey)).toBe(token);
    // One person, present once: the reload reused the identity instead of registering anew.
    await expect.poll(() => page.getByText('1 present').count()).toBe(1);
    await expect.poll(() => syncStatus(page)).toBe('stored');
    await context.close();
  });
});
