/**
 * The triage table under load, measured: 300 recommendations, and a burst of 100 edits (priority
 * changes and comments) from other participants' stock Yjs clients while the page is open. The
 * numbers are printed; the assertions are loose, since the machine is shared.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse, JoinResponse } from '../../shared/api.js';
import { addComment, addLeadOrganisation, recommendationsOf } from '../../shared/recommendations.js';
import { connectStock, type StockClient, synced } from '../support/yjsClients.js';
import { joinAsParticipant } from './support/participant.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

const ROWS = 300;
const EDITORS = 10;
const EDITS_PER_EDITOR = 10;

function csvOf300(): string {
  const themes = ['torture', 'children', 'mining', 'health', 'women'];
  const lines = ['Paragraph,Recommendation,Recommending States,Position'];
  for (let i = 1; i <= ROWS; i++) lines.push(`90.${i},"Recommendation ${i} on ${themes[i % themes.length]} and its follow-up",State ${i % 40},${i % 3 ? 'Supported' : 'Noted'}`);
  return lines.join('\n');
}

async function join(server: TestServer, workshop: CreateWorkshopResponse, name: string): Promise<string> {
  const response = await fetch(`${server.url}/api/workshops/${workshop.id}/participants`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ joinCode: workshop.joinCode, name, organisation: `Org ${name}` }),
  });
  return ((await response.json()) as JoinResponse).token;
}

describe('the triage table under load', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;
  const editors: StockClient[] = [];

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/recommendations/import?cycle=current`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${workshop.facilitatorToken}`, 'Content-Type': 'text/csv' },
      body: csvOf300(),
    });
    expect(response.status).toBe(200);
    await moveRoomTo(server, workshop, 'recommendations');
  });

  afterAll(async () => {
    for (const editor of editors) editor.destroy();
  });

  it('300 rows render, and 100 edits by others reach the page without long main-thread stalls', async () => {
    const started = Date.now();
    const reader = await joinAsParticipant(browser, server, workshop.joinCode, 'Reader', 'Observers');
    await reader.page.getByTestId('triage-count').filter({ hasText: `Showing ${ROWS} of ${ROWS}` }).waitFor();
    const firstRender = Date.now() - started;
    await reader.page.evaluate(`(() => {
      window.longTasks = [];
      new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: 'longtask' });
    })()`);

    for (let i = 0; i < EDITORS; i++) {
      const client = connectStock(server.url, workshop.id, 'recommendations', await join(server, workshop, `Editor ${i}`));
      editors.push(client);
    }
    await Promise.all(editors.map(synced));

    const burstStarted = Date.now();
    editors.forEach((client, e) => {
      const entries = recommendationsOf(client.doc);
      for (let n = 0; n < EDITS_PER_EDITOR; n++) {
        const row = ((e * EDITS_PER_EDITOR + n) * 7) % ROWS + 1;
        const entry = entries.get(`current/90.${row}`);
        if (!entry) throw new Error(`row 90.${row} missing`);
        if (n % 2 === 0) addLeadOrganisation(entry, `Lead ${e}.${n}`);
        else addComment(entry, { parentId: null, authorName: `Editor ${e}`, authorOrganisation: null, text: `Comment ${n}`, at: Date.now() });
      }
    });
    const last = recommendationsOf(editors[0]!.doc).get(`current/90.${ROWS}`);
    if (!last) throw new Error('last row missing');
    addLeadOrganisation(last, 'The last lead');
    await expect.poll(() => reader.page.locator(`tr[data-key="current/90.${ROWS}"]`).textContent(), { timeout: 20_000 }).toContain('The last lead');
    const burst = Date.now() - burstStarted;
    const longTasks = await reader.page.evaluate<number[]>('window.longTasks');
    const longest = Math.max(0, ...longTasks);
    console.log(`triage load: first render of ${ROWS} rows ${firstRender} ms; ${EDITORS * EDITS_PER_EDITOR + 1} edits visible after ${burst} ms; long tasks ${longTasks.length}, longest ${Math.round(longest)} ms, total ${Math.round(longTasks.reduce((a, b) => a + b, 0))} ms`);
    expect(burst).toBeLessThan(15_000);
    expect(longest).toBeLessThan(1000);
    await reader.context.close();
  });
});
