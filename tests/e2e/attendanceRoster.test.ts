/**
 * The console's one roster, by organisation: registered, admitted and present counts, absent
 * with last seen, the first-time mark; someone admitted before the invitation list existed is
 * matched to it from there; and a burst of arrivals causes a handful of roster reads.
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { joinWorkshop } from '../support/api.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { documentLanguage } from './support/pageState.js';
import { onServer } from './support/roles.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

/** The console at 1920×1080, counting the roster reads it sends, with the Attendance panel open. */
async function openRoster(browser: Browser, server: TestServer, workshop: Awaited<ReturnType<typeof createWorkshop>>) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await context.newPage();
  let reads = 0;
  page.on('websocket', (socket) => socket.on('framesent', ({ payload }) => void (String(payload).includes('"roster:list"') && reads++)));
  await page.goto(onServer(workshop.links.facilitator, server));
  await page.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
  await page.locator('summary', { hasText: 'Attendance' }).click();
  await page.getByTestId('attendance-summary').waitFor();
  return { context, page, reads: () => reads };
}

/**
 * What the facilitator sees at 1920×1080: the console's side column scrolls on its own, so it is
 * scrolled to `focus` (the panel's end by default) and the window is saved as it is.
 */
async function saveRoster(page: Page, name: string, focus?: Locator): Promise<void> {
  await (focus ?? page.locator('.attendance .actions').first()).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `test-results/screenshots/${name}.png` });
}

async function setLanguage(page: Page, language: 'en' | 'mn'): Promise<void> {
  await page.locator('header select').selectOption(language);
  await expect.poll(() => documentLanguage(page)).toBe(language);
}

async function send<T>(control: ControlClient, ...[name, payload]: Parameters<ControlClient['send']>): Promise<T> {
  const answer = await control.send(name, payload);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer as unknown as T;
}

describe('the attendance roster', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('shows each organisation’s counts, who is absent since when, the first-time mark, and matches someone admitted before the list', async () => {
    const workshop = await createWorkshop(server, 'Roster');
    // Two people join before there is a list: the join admits them.
    const bold = await joinWorkshop(server.url, workshop, 'Bold', 'OSF');
    const saran = await joinWorkshop(server.url, workshop, 'Saran', 'Globe International');
    let boldSocket = connectControl(server.url, bold.token);
    const saranSocket = connectControl(server.url, saran.token);
    await expect.poll(() => saranSocket.latest()).not.toBeNull();
    saranSocket.close();

    const facilitator = connectControl(server.url, workshop.facilitatorToken);
    await expect.poll(() => facilitator.latest()).not.toBeNull();
    const { organisationId: osf } = await send<{ organisationId: string }>(facilitator, 'invitations:save-organisation', {
      name: 'Open Society Forum Mongolia',
      aliases: ['OSF'],
      returning: false,
    });
    const { delegateId } = await send<{ delegateId: string }>(facilitator, 'invitations:save-delegate', { organisationId: osf, name: 'Bold', contact: null, ballotHolder: true });
    await send(facilitator, 'invitations:save-organisation', { name: 'Globe International', aliases: [], returning: true });

    const consolePage = await openRoster(browser, server, workshop);
    const { page } = consolePage;
    const roster = page.locator('.attendance');
    const group = (name: string, listed = true) =>
      roster.getByTestId('roster-organisation').filter({ has: page.locator('.attendance__name', { hasText: name }) }).filter(listed ? { hasNotText: 'Not on the list' } : { hasText: 'Not on the list' });
    // One panel: the old "Organisations present" is gone.
    expect(await page.locator('summary', { hasText: 'Organisations present' }).count()).toBe(0);
    await expect.poll(() => group('Open Society Forum Mongolia').locator('.attendance__counts').textContent()).toBe('1 registered · 0 admitted · 0 present');
    await group('Open Society Forum Mongolia').locator('.badge--new').waitFor();
    await group('OSF', false).getByText('Present now').waitFor();
    await group('OSF', false).getByText('Joined without an invitation').waitFor();
    // Saran left: absent, and when she was last seen.
    await expect.poll(() => group('Globe International', false).locator('.attendance__absent').textContent()).toMatch(/^Absent · last seen /);
    expect(await group('Globe International').locator('.badge--new').count()).toBe(0);
    await saveRoster(page, 'roster-console-1920-en', group('Open Society Forum Mongolia'));
    await expectNoSeriousA11yViolations(page);

    // The first-time mark turns from here.
    await group('Open Society Forum Mongolia').getByRole('button', { name: 'Mark as returning Open Society Forum Mongolia' }).click();
    await group('Open Society Forum Mongolia').getByRole('button', { name: 'Mark as first time Open Society Forum Mongolia' }).waitFor();
    expect(await group('Open Society Forum Mongolia').locator('.badge--new').count()).toBe(0);

    // Bold, admitted before the list, is matched to his listed organisation and delegate entry.
    const boldRow = group('OSF', false).locator('.attendance__person', { hasText: 'Bold' });
    await boldRow.getByText('Match to listed organisation/delegate').click();
    const form = boldRow.getByRole('group', { name: 'Match Bold to the invitation list' });
    expect(await form.getByLabel('Listed organisation').inputValue()).toBe(osf);
    await form.getByLabel('Listed delegate').selectOption(delegateId);
    await saveRoster(page, 'roster-match-1920-en', form);
    await form.getByRole('button', { name: 'Match Bold' }).click();
    // His connection reopens as who he is now.
    await expect.poll(() => boldSocket.socket.disconnected).toBe(true);
    boldSocket = connectControl(server.url, bold.token);
    await expect.poll(() => group('Open Society Forum Mongolia').locator('.attendance__counts').textContent()).toBe('1 registered · 1 admitted · 1 present');
    await group('OSF', false).waitFor({ state: 'detached' });
    const standing = (await server.store.listAccreditations(workshop.id)).find((s) => s.participantId === bold.participantId);
    expect(standing).toMatchObject({ organisationId: osf, delegateId, admission: 'admitted' });

    await setLanguage(page, 'mn');
    await expect.poll(() => group('Open Society Forum Mongolia').locator('.attendance__counts').textContent()).toBe('бүртгэлтэй 1 · зөвшөөрсөн 1 · одоо байгаа 1');
    await saveRoster(page, 'roster-console-1920-mn', group('Open Society Forum Mongolia'));
    const saranRow = roster.locator('.attendance__person', { hasText: 'Saran' });
    await saranRow.locator('summary').click();
    await saveRoster(page, 'roster-match-1920-mn', saranRow.locator('.match-to-list__form button'));

    boldSocket.close();
    facilitator.close();
    await consolePage.context.close();
  });

  it('200 arrivals over five seconds cause a handful of roster reads, and the roster ends with all of them', async () => {
    const workshop = await createWorkshop(server, 'Morning');
    const consolePage = await openRoster(browser, server, workshop);
    const before = consolePage.reads();
    const joined = await Promise.all(Array.from({ length: 200 }, (_, i) => joinWorkshop(server.url, workshop, `Delegate ${i}`, `Org ${i % 40}`)));
    // They arrive over five seconds, one every 25 ms, as a queue at the door does.
    const sockets: ControlClient[] = [];
    try {
      for (const participant of joined) {
        sockets.push(connectControl(server.url, participant.token));
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      await expect
        .poll(() => consolePage.page.getByTestId('attendance-summary').textContent(), { timeout: 30_000 })
        .toBe('Registered 0 · admitted 200 · present 200');
      // Two hundred arrivals, each a presence change (sent in 50 ms batches): the reads stay a handful,
      // about one a second (6 here; asked on every batch, they were about 70).
      expect(consolePage.reads() - before).toBeLessThanOrEqual(12);
      // Without an invitation list nobody is said to be missing from it.
      expect(await consolePage.page.locator('.attendance').getByText('Not on the list').count()).toBe(0);
      expect(await consolePage.page.locator('.attendance').getByText('Joined without an invitation').count()).toBe(0);
    } finally {
      for (const socket of sockets) socket.close();
      await consolePage.context.close();
    }
  });
});
