/**
 * The room's screen through the three days, in English and Mongolian, at 1920×1080 and
 * 1280×720 at once: each stage's content is on the screen, nothing is cut off or scrolls,
 * body text is at least 28 px at 1080p (18.7 px, the same share, at 720p), and a result the
 * facilitator hides leaves the screen. Every moment is saved as a screenshot per page.
 */
import { randomUUID } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Identity } from '../../shared/api.js';
import type { Stage } from '../../shared/agenda.js';
import { CHARTER_FRAGMENT } from '../../shared/charterText.js';
import { addPlanRow } from '../../shared/plan.js';
import { addCluster, recommendationsOf, setCluster } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import { addThemeTag } from '../../shared/themeTags.js';
import { rowsOf } from '../../shared/sharedRows.js';
import { addActivity } from '../../shared/strategy.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { joinWorkshop } from '../support/api.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { OVERFLOWING, SMALLEST_TEXT } from './support/screenFit.js';
import { saveScreenshot } from './support/screenshots.js';
import { goToSession, openConsole } from './support/roles.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { importMongolia2010 } from './support/uprWork.js';
import type { CreateWorkshopResponse } from '../../shared/api.js';

const SCREENS = [
  { language: 'en', width: 1920, height: 1080 },
  { language: 'en', width: 1280, height: 720 },
  { language: 'mn', width: 1920, height: 1080 },
  { language: 'mn', width: 1280, height: 720 },
] as const;

type Screen = { language: string; width: number; height: number; page: Page };

const PRIORITIES = [
  'Ratify the Optional Protocol to the Convention against Torture and set up a national preventive mechanism.',
  'Adopt a law on the protection of human rights defenders, drafted with civil society.',
  'Criminalise domestic violence and fund shelters in every aimag.',
  'Guarantee access to information held by public bodies.',
  'Abolish the death penalty in law and ratify the Second Optional Protocol.',
  'Ensure persons with disabilities can vote in every polling station.',
];
const AMENDED = 'Adopt a law on the protection of human rights defenders, drafted with civil society and reviewed every two years.';

function block(name: string, text: string): Y.XmlElement {
  const node = new Y.XmlElement(name);
  node.insert(0, [new Y.XmlText(text)]);
  return node;
}


/** expect.poll with room for a busy machine: its default gives a screen one second to change. */
const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });
/** A workshop with the 2010 recommendations in clusters, a plan and a strategy long enough to page, and a charter of six priorities. */
async function seededWorkshop(server: TestServer): Promise<{ workshop: CreateWorkshopResponse; planRowIds: string[]; recommendationKeys: string[] }> {
  const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } });
  const workshop = (await response.json()) as CreateWorkshopResponse;
  await importMongolia2010(server, workshop, 'current');
  const organiser: Identity = { role: 'organiser', workshopId: workshop.id, participantId: null, name: 'Organiser', organisation: null };
  let keys: string[] = [];
  let recommendationKeys: string[] = [];
  await server.rooms.change(documentName(workshop.id, 'recommendations'), organiser, (doc) => {
    recommendationKeys = [...recommendationsOf(doc).keys()];
    const torture = addCluster(doc, 'Torture and ill-treatment');
    const defenders = addCluster(doc, 'Human rights defenders');
    keys = [...recommendationsOf(doc).keys()].slice(0, 6);
    keys.forEach((key, i) => setCluster(recommendationsOf(doc).get(key)!, i < 3 ? torture : defenders));
    // More themes than a wall can list: the heat map shows the largest and counts the rest.
    const current = [...recommendationsOf(doc).entries()].filter(([key]) => key.startsWith('current/'));
    current.slice(0, 30).forEach(([, entry], i) => addThemeTag(entry, `Theme ${(i % 15) + 1}`));
  });
  const planRowIds: string[] = [];
  await server.rooms.change(documentName(workshop.id, 'plan'), organiser, (doc) => {
    rowsOf(doc).delete(0, rowsOf(doc).length);
    for (let i = 0; i < 8; i++) {
      const row = addPlanRow(doc, {
        recommendationKeys: [keys[i % keys.length]!],
        texts: {
          governmentActions: `Action ${i + 1}: draft the bill with the Ministry of Justice and hold public hearings in three aimags.`,
          civilSocietyActions: 'Submit a joint shadow report and monitor the hearings.',
          responsibleBody: 'Ministry of Justice and Home Affairs',
          timeline: '2016–2017',
          indicators: 'Bill submitted to the State Great Khural',
        },
      });
      planRowIds.push(String(row.get('id')));
    }
  });
  await server.rooms.change(documentName(workshop.id, 'strategy'), organiser, (doc) => {
    rowsOf(doc).delete(0, rowsOf(doc).length);
    for (let i = 0; i < 7; i++) {
      addActivity(doc, {
        recommendationKeys: [keys[(i * 2) % keys.length]!],
        target: 'parliament',
        milestoneDate: `2016-0${(i % 9) + 1}-15`,
        texts: { activity: `Advocacy meeting ${i + 1} with the human rights sub-committee`, leadOrganisation: 'MONFEMNET', milestone: 'Bill on the agenda' },
      });
    }
  });
  await server.rooms.change(documentName(workshop.id, 'charter'), organiser, (doc) => {
    const list = new Y.XmlElement('orderedList');
    list.insert(0, PRIORITIES.map((text) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [block('paragraph', text)]);
      return item;
    }));
    doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, [
      block('heading', 'Outcome charter'),
      block('paragraph', 'We, the civil society organisations gathered to follow up the Universal Periodic Review, agree on the following priorities.'),
      block('heading', 'Agreed priorities'),
      list,
      block('paragraph', 'Our organisations commit to work together on these priorities and to report on their progress at the mid-term review.'),
    ]);
  });
  return { workshop, planRowIds, recommendationKeys };
}

/** Everything that would be cut off or scroll: the page itself, and any box whose content is taller or wider than it. */
const overflowing = (page: Page) => page.evaluate<string[]>(OVERFLOWING);

/** The smallest font size of any visible text on the screen. */
const smallestText = (page: Page) => page.evaluate<{ size: number; text: string }>(SMALLEST_TEXT);

describe('the projector, every stage and moment, at 1920×1080 and 1280×720', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('shows each stage whole, in legible type, and results only while the facilitator shows them', async () => {
    const { workshop, planRowIds, recommendationKeys } = await seededWorkshop(server);
    const facilitator = connectControl(server.url, workshop.facilitatorToken);
    const saran = connectControl(server.url, (await joinWorkshop(server.url, workshop, 'Saran', 'MONFEMNET')).token);
    const clients: ControlClient[] = [facilitator, saran];
    try {
      await waitFor(() => facilitator.latest() !== null && saran.latest() !== null, 'control states');
      const screens: Screen[] = [];
      for (const { language, width, height } of SCREENS) {
        const context = await browser.newContext({ viewport: { width, height } });
        await context.addInitScript(`localStorage.setItem("convene:language", "${language}")`);
        const page = await context.newPage();
        await page.goto(workshop.links.projector.replace(/^https?:\/\/[^/]+/, server.url));
        await page.getByTestId('projector-join-code').waitFor();
        screens.push({ language, width, height, page });
      }

      /** On every screen: the content is there, nothing is cut off, type is legible; then a screenshot. */
      const check = async (moment: string, shown: (page: Page) => Promise<boolean>) => {
        for (const screen of screens) {
          const name = `projector-${moment}-${screen.language}-${screen.width}x${screen.height}`;
          await expect
            .poll(() => shown(screen.page), { timeout: 15_000, message: `${moment} on ${screen.language} ${screen.width}` })
            .toBe(true)
            .catch(async (error: unknown) => {
              await saveScreenshot(screen.page, `${name}-failed`);
              throw error;
            });
          expect(await overflowing(screen.page), `${moment} ${screen.language} ${screen.width}×${screen.height}`).toEqual([]);
          const smallest = await smallestText(screen.page);
          expect(smallest.size, `${moment} ${screen.language} ${screen.width}: "${smallest.text}"`).toBeGreaterThanOrEqual((28 * screen.height) / 1080 - 0.1);
          await saveScreenshot(screen.page, name);
        }
      };
      const visible = (page: Page, testId: string) => page.getByTestId(testId).first().isVisible();
      const goTo = async (stage: Stage) => {
        const session = facilitator.latest()!.agenda.days.flatMap((day) => day.sessions).find((s) => s.stage === stage)!;
        expect((await facilitator.send('stage:go', { sessionId: session.id })).ok).toBe(true);
        return session;
      };

      await check('before-start', async (page) => (await visible(page, 'projector-join-large')) && (await page.getByRole('img', { name: /QR/ }).isVisible()));
      await expectNoSeriousA11yViolations(screens[0]!.page);

      await goTo('experiences');
      await check('experiences', async (page) => (await visible(page, 'experiences-projection')) && (await page.locator('.projection-row').count()) > 0);
      // Once the agenda runs the join code is a corner; the facilitator can show it large again.
      for (const { page } of screens) expect(await page.getByTestId('projector-join-large').count()).toBe(0);
      await facilitator.send('projector:join-code', { large: true });
      await check('join-large', (page) => visible(page, 'projector-join-large'));
      await facilitator.send('projector:join-code', { large: false });

      await goTo('recommendations');
      await check(
        'triage',
        async (page) => (await page.locator('.heat-map__table tbody tr').count()) === 8 && (await page.locator('.heat-map__more').isVisible()),
      );
      // A dot vote on eight recommendations, each with dots: its six leaders fit the wall.
      const options = recommendationKeys.slice(0, 8);
      const dotVote = (await facilitator.send('vote:open', { kind: 'dots', question: 'Which recommendations first?', options, franchise: 'participant', secret: true, showResults: 'live', threshold: 'majority', dots: { perBallot: 8, stack: false }, subject: { section: 'recommendations' } } as never)) as unknown as { voteId: string };
      await saran.send('vote:cast', { voteId: dotVote.voteId, choice: Object.fromEntries(options.map((key) => [key, 1])) as never, requestId: randomUUID() });
      await check('triage-dot-vote', async (page) => (await page.locator('.dot-chart__row').count()) === 6);
      await facilitator.send('vote:close', { voteId: dotVote.voteId });

      await goTo('plan');
      // Cluster by cluster, in the clusters' order (by title): the defenders' rows (recommendations 4–6) come first.
      await check('plan', (page) => page.getByText('Action 4: draft the bill', { exact: false }).isVisible());
      // The facilitator's spotlight on the last row brings its page to the screen.
      await facilitator.send('spotlight', { section: 'plan', itemId: planRowIds.at(-1)! });
      await check('plan-spotlit', (page) => page.locator(`.projector-pages__item--spotlit [data-row-id="${planRowIds.at(-1)}"]`).isVisible());
      await facilitator.send('spotlight:clear');

      await goTo('strategy');
      await check('strategy', (page) => page.getByText('Advocacy meeting 3 with the human rights sub-committee').isVisible());

      await goTo('charter');
      await check('charter', (page) => page.getByText(PRIORITIES[0]!).isVisible());

      // An amendment put to the vote: its words, removed and added, are on the screen.
      await facilitator.send('charter:amendment-mode', { on: true });
      const proposed = (await saran.send('amendment:propose', { paragraph: { index: 3, text: PRIORITIES[1]! }, replacement: AMENDED, reason: 'Review it regularly' })) as unknown as { amendmentId: string };
      expect(proposed.amendmentId).toEqual(expect.any(String));
      const amendmentVote = (await facilitator.send('amendment:put-to-vote', { amendmentId: proposed.amendmentId, franchise: 'participant', secret: false, showResults: 'live', threshold: 'majority' })) as unknown as { voteId: string };
      await check('amendment-vote', async (page) => (await visible(page, 'projector-amendment')) && (await page.locator('.amendment__diff ins').first().isVisible()) && (await visible(page, 'vote-card')));
      expect(await screens[0]!.page.locator('.amendment__diff ins').first().textContent()).toContain('reviewed every two years');
      await saran.send('vote:cast', { voteId: amendmentVote.voteId, choice: 'yes' as never, requestId: randomUUID() });
      await facilitator.send('vote:close', { voteId: amendmentVote.voteId });
      await facilitator.send('charter:amendment-mode', { on: false });

      // The adoption vote: the question beside the charter, which pages to its last priority.
      const adoption = (await facilitator.send('vote:open', { kind: 'yesno', question: 'Do we adopt this charter?', franchise: 'participant', secret: true, showResults: 'after', threshold: 'majority', adopt: 'charter' } as never)) as unknown as { voteId: string };
      await check('adoption-vote', async (page) => (await visible(page, 'charter-projection')) && (await page.getByText('Do we adopt this charter?').isVisible()));
      await saran.send('vote:cast', { voteId: adoption.voteId, choice: 'yes' as never, requestId: randomUUID() });
      await facilitator.send('vote:close', { voteId: adoption.voteId });
      await check('adopted', (page) => visible(page, 'projector-adoption'));

      // Hidden, the result leaves every screen; shown, it comes back.
      await facilitator.send('projector:results', { shown: false });
      for (const { page } of screens) await poll(() => page.getByTestId('projector-votes').count()).toBe(0);
      await facilitator.send('projector:results', { shown: true });
      for (const { page } of screens) await poll(() => page.getByTestId('projector-adoption').count()).toBe(1);

      // A new session: the result and a finished timer leave the screen.
      await facilitator.send('timer:start', { seconds: 1 });
      // A one-second timer: poll long enough for a busy machine to paint its end (expect.poll's default is one second).
      for (const { page } of screens) await expect.poll(() => page.getByTestId('timer').getAttribute('data-phase'), { timeout: 15_000 }).toBe('finished');
      const plenary = await goTo('plenary');
      await check('plenary', async (page) => (await page.getByTestId('projector-session').textContent()) === plenary.title);
      for (const { page } of screens) {
        expect(await page.getByTestId('projector-votes').count()).toBe(0);
        expect(await page.getByTestId('timer').count()).toBe(0);
      }
      await expectNoSeriousA11yViolations(screens[2]!.page);
      await Promise.all(screens.map(({ page }) => page.context().close()));
    } finally {
      for (const client of clients) client.close();
    }
  });
});

describe('the console’s preview of the projector', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('shows what the room sees, live, and its buttons change the screen', async () => {
    const workshop = await createWorkshop(server, 'Preview');
    const facilitator = await openConsole(browser, server, workshop);
    // The preview is a picture: it names nothing (no ids, no test ids), so it is read by its classes here.
    const preview = facilitator.page.getByRole('img', { name: 'What the projector shows now' });
    await poll(() => preview.locator('.join-banner--large').count()).toBe(1);
    expect(await preview.locator('[id], [data-testid]').count()).toBe(0);

    await goToSession(facilitator.page, 'Experiences with the UPR 2010–2015');
    await poll(() => preview.locator('.projector__session h1').textContent()).toBe('Experiences with the UPR 2010–2015');
    expect(await preview.locator('.join-banner--large').count()).toBe(0);
    expect(await preview.locator('[inert]').count()).toBe(1);

    await facilitator.page.getByRole('button', { name: 'Show the join code large' }).click();
    await poll(() => preview.locator('.join-banner--large').count()).toBe(1);
    await facilitator.page.getByLabel('Minutes').fill('5');
    await facilitator.page.getByRole('button', { name: 'Start timer' }).click();
    await poll(() => preview.locator('.timer').count()).toBe(1);
    await facilitator.page.getByRole('button', { name: 'Clear the timer' }).click();
    await poll(() => preview.locator('.timer').count()).toBe(0);
    expect(await preview.locator('[id], [data-testid]').count()).toBe(0);
    await saveScreenshot(facilitator.page, 'console-projector-preview');
    await expectNoSeriousA11yViolations(facilitator.page);
    await facilitator.context.close();
  });

  it('a plan row the facilitator spotlights from the console is the one marked on the screen', async () => {
    const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } });
    const workshop = (await response.json()) as CreateWorkshopResponse;
    const facilitator = await openConsole(browser, server, workshop);
    await goToSession(facilitator.page, 'Implementation plan');
    const row = facilitator.page.getByRole('article', { name: 'Plan row 1' });
    const rowId = await row.getAttribute('data-row-id');
    await row.getByRole('button', { name: 'Spotlight' }).click();
    const preview = facilitator.page.getByRole('img', { name: 'What the projector shows now' });
    await poll(() => preview.locator(`.projector-pages__item--spotlit [data-row-id="${rowId}"]`).count()).toBe(1);
    await facilitator.context.close();
  });
});
