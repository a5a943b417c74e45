/**
 * Reads browser-side state from tests. The test project's types are Node's, without the DOM,
 * so page code is written against the few browser shapes declared here.
 */
import type { Page } from 'playwright-core';

interface BrowserGlobals {
  localStorage: { getItem(key: string): string | null };
  indexedDB: { databases(): Promise<Array<{ name?: string }>> };
  document: { documentElement: { lang: string } };
  navigator: { serviceWorker: { controller: object | null } };
}

/** A value from the page's localStorage. */
export function readLocalStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => (globalThis as unknown as BrowserGlobals).localStorage.getItem(name), key);
}

/** The names of the page's IndexedDB databases. */
export function indexedDbNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const databases = await (globalThis as unknown as BrowserGlobals).indexedDB.databases();
    return databases.map((database) => database.name ?? '');
  });
}

/** The `lang` attribute of the page's root element. */
export function documentLanguage(page: Page): Promise<string> {
  return page.evaluate(() => (globalThis as unknown as BrowserGlobals).document.documentElement.lang);
}

/**
 * Starts recording every value the connection indicator (`header [data-status]`) takes, in
 * order; returns a function that reads the record.
 */
export async function recordSyncStatuses(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(`(() => {
    const read = () => document.querySelector('header [data-status]')?.getAttribute('data-status') ?? '';
    window.syncStatusLog = [read()];
    new MutationObserver(() => {
      if (window.syncStatusLog.at(-1) !== read()) window.syncStatusLog.push(read());
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-status'] });
  })()`);
  return () => page.evaluate<string[]>('window.syncStatusLog');
}

/** True once a service worker controls the page (it then answers a reload without a network). */
export function controlledByServiceWorker(page: Page): Promise<boolean> {
  return page.evaluate(() => (globalThis as unknown as BrowserGlobals).navigator.serviceWorker.controller !== null);
}
