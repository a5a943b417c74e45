/** The dialogue day in real Chromium: a Government representative and a CSO delegate agree a plan row while the projector follows. */
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { richWorkshop } from '../support/richWorkshop.js';
import { saveScreenshot } from './support/screenshots.js';
import { onServer, openConsole } from './support/roles.js';
import type { TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { moveRoomTo } from './support/uprWork.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';

/** Adds a session on a CSO-only section (the dialogue day's agenda has none) and moves the room there. */
async function moveRoomToCsoCaucus(server: TestServer, day: CreateWorkshopResponse): Promise<void> {
  const control = connectControl(server.url, day.facilitatorToken);
  try {
    await waitFor(() => control.latest() !== null, 'the control state');
    const dayId = control.latest()!.agenda.days[0]!.id;
    const added = await control.send('agenda:add-session', { dayId, session: { title: 'CSO caucus', startsAt: '13:00', endsAt: '13:45', stage: 'strategy', notes: '' } });
    if (!added.ok) throw new Error(added.error.message);
    const moved = await control.send('stage:go', { sessionId: added.sessionId });
    if (!moved.ok) throw new Error(moved.error.message);
  } finally {
    control.close();
  }
}

/**
 * Downloads the three joint commitments files from the export page, in the page's language, and
 * reads them back as a reader's program would: the XLSX's rows, the CSV's rows, the DOCX's paragraphs.
 */
async function commitmentsFromExportPage(page: Page, buttonName: (file: string) => string) {
  const save = async (file: string) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: buttonName(file) }).click()]);
    return fs.readFileSync(await download.path());
  };
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await save('commitments.xlsx')) as unknown as ExcelJS.Buffer);
  const xlsx = workbook.worksheets[0]!.getSheetValues().slice(1).map((row) => (row as ExcelJS.CellValue[]).slice(1).map((value) => (value ?? '') as string));
  const csv: string[][] = parse((await save('commitments.csv')).toString('utf8').slice(1));
  const xml = strFromU8(unzipSync(new Uint8Array(await save('commitments.docx')))['word/document.xml']!);
  const docx = xml.split('</w:p>').map((paragraph) => [...paragraph.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, text]) => text).join(''));
  return { xlsx, csv, docx };
}

/** Whether the page is wider than its viewport (something overflows sideways). */
const overflows = (page: Page) => page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');

/** Joins through the join page; a dialogue day then asks whom the participant represents. */
async function joinDialogue(
  browser: Browser, server: TestServer, day: CreateWorkshopResponse, name: string, organisation: string, layer: RegExp, body?: string, phone = false,
  prepare?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext(phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } });
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto(`${server.url}/join?code=${day.joinCode}`);
  await page.getByLabel(/your name/i).fill(name);
  await page.getByLabel(/your organisation/i).fill(organisation);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByRole('radio', { name: layer }).check();
  if (body) await page.getByLabel('Your ministry, agency or UN agency').fill(body);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.waitForURL(/\/w\/[^/]+$/);
  await page.getByTestId('identity').filter({ hasText: name }).waitFor();
  return page;
}

describe('the dialogue day', () => {
  let server: TestServer;
  let browser: Browser;
  let day: CreateWorkshopResponse;
  let archive = '';
  const cleanups: (() => unknown)[] = [];

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    const { workshop } = await richWorkshop(server, cleanups);
    archive = await (await fetch(`${server.url}/api/workshops/${workshop.id}/export/record.json`, { headers: { authorization: `Bearer ${workshop.facilitatorToken}` } })).text();
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/continue`, { method: 'POST', headers: { authorization: `Bearer ${workshop.facilitatorToken}` } });
    day = (await response.json()) as CreateWorkshopResponse;
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('a Government representative and a CSO delegate agree a commitment on one plan row while the projector follows', async () => {
    const government = await joinDialogue(browser, server, day, 'Батбаяр', 'Хууль зүйн яам', /The Government/, 'Хууль зүйн яам');
    const cso = await joinDialogue(browser, server, day, 'Сарангэрэл', 'MONFEMNET', /civil society/);
    const projectorContext = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const projector = await projectorContext.newPage();
    const projectorSockets: string[] = [];
    const projectorRefusals: string[] = [];
    projector.on('websocket', (socket) => projectorSockets.push(socket.url()));
    projector.on('response', (response) => void (response.status() === 403 && projectorRefusals.push(response.url())));
    await projector.goto(onServer(day.links.projector, server));
    await moveRoomTo(server, day, 'responses');

    const governmentRow = government.getByRole('article', { name: 'Plan row 1' });
    await governmentRow.getByLabel('Position').selectOption('accepts');
    await governmentRow.getByLabel('Responsible ministry').fill('Хууль зүйн яам');
    await governmentRow.getByLabel('Government timeline').fill('2027 он');
    const csoRow = cso.getByRole('article', { name: 'Plan row 1' });
    await expect.poll(() => csoRow.getByTestId('government-position').textContent()).toBe('Accepts');
    await expect.poll(() => csoRow.textContent()).toContain('2027 он');
    // The CSO delegate reads the response but has no field to write it.
    expect(await csoRow.getByLabel('Position').count()).toBe(0);
    // Tracking is offered to the CSO delegate, not to the Government representative.
    expect(await cso.getByRole('link', { name: 'Track implementation' }).count()).toBe(1);
    expect(await government.getByRole('link', { name: 'Track implementation' }).count()).toBe(0);
    await expect.poll(() => projector.getByTestId('dialogue-projection').textContent()).toContain('Хууль зүйн яам');

    // Spotlit from the console, the row shows on the wall with the Government's response, without the recommendations ever being asked for.
    const { page: facilitator } = await openConsole(browser, server, day);
    await facilitator.getByRole('article', { name: 'Plan row 1' }).getByRole('button', { name: 'Spotlight' }).click();
    const spotlit = projector.getByTestId('dialogue-spotlight');
    await expect.poll(() => spotlit.textContent()).toContain('2027 он');
    expect(await spotlit.textContent()).toContain('Хууль зүйн яам');
    await saveScreenshot(projector, 'dialogue-projector-spotlight-1920');
    expect(projectorSockets.filter((url) => url.includes('/recommendations'))).toEqual([]);
    expect(projectorRefusals).toEqual([]);
    await facilitator.getByRole('article', { name: 'Plan row 1' }).getByRole('button', { name: 'Spotlight' }).click();
    await expect.poll(() => spotlit.count()).toBe(0);

    const consoleRow = facilitator.getByRole('article', { name: 'Plan row 1' });
    await consoleRow.getByLabel('Government representative').selectOption({ label: 'Батбаяр (Хууль зүйн яам)' });
    await consoleRow.getByLabel('CSO delegate').selectOption({ label: 'Сарангэрэл (MONFEMNET)' });
    await consoleRow.getByRole('button', { name: 'Record the agreement' }).click();

    for (const page of [government, cso]) {
      await expect.poll(() => page.getByRole('article', { name: 'Plan row 1' }).getByTestId('joint-commitment').textContent()).toContain('Agreed by Government: Батбаяр (Хууль зүйн яам); Civil society: Сарангэрэл (MONFEMNET)');
    }
    const progress = projector.getByTestId('cluster-progress').filter({ hasText: 'Torture: prevention [OP-CAT]' });
    await expect.poll(() => progress.getAttribute('data-committed')).toBe('1');
    await expect.poll(() => progress.textContent()).toContain('1 of 1 agreed · 1 answered');

    // The second row goes to a vote of the room from the console; both layers vote; passed, it is a commitment with its tally.
    const secondRow = facilitator.getByRole('article', { name: 'Plan row 2', exact: true });
    await secondRow.getByRole('button', { name: 'Put to a vote of the room' }).click();
    await secondRow.getByTestId('commitment-under-vote').waitFor();
    for (const page of [government, cso]) {
      const card = page.getByRole('article', { name: /^Confirm plan row 2/ });
      await card.getByRole('radio', { name: 'Yes' }).check();
      await card.getByRole('button', { name: 'Cast my ballot' }).click();
      await card.getByText('Your ballot counts.').waitFor();
    }
    await saveScreenshot(facilitator, 'dialogue-console-vote-open');
    await secondRow.getByRole('button', { name: /^Close/ }).click();
    for (const page of [government, cso, facilitator]) {
      await expect.poll(() => page.getByRole('article', { name: 'Plan row 2', exact: true }).getByTestId('joint-commitment').textContent()).toContain('Confirmed by a vote of the room (Yes: 2, No: 0, Abstain: 0)');
    }
    const committed = async () => {
      let sum = 0;
      for (const item of await projector.getByTestId('cluster-progress').all()) sum += Number(await item.getAttribute('data-committed'));
      return sum;
    };
    await expect.poll(committed).toBe(2);
    await saveScreenshot(projector, 'dialogue-projector-1920');
    await saveScreenshot(government, 'dialogue-government');
    await cso.setViewportSize({ width: 390, height: 844 });
    await saveScreenshot(cso, 'dialogue-cso-390');

    // The export page's commitments files say how each row was confirmed, in English and in Mongolian.
    const exportPage = await facilitator.context().newPage();
    await exportPage.goto(`${server.url}/w/${day.id}/export`);
    await exportPage.getByRole('heading', { level: 1, name: 'Export the record' }).waitFor();
    const confirmations = {
      en: ['Confirmed by', 'Agreement of representatives — Government: Батбаяр (Хууль зүйн яам); Civil society: Сарангэрэл (MONFEMNET)', 'Vote of the room — Yes 2, No 0, Abstain 0'],
      mn: ['Баталгаажуулсан', 'Төлөөлөгчдийн тохиролцоо — Засгийн газар: Батбаяр (Хууль зүйн яам); Иргэний нийгэм: Сарангэрэл (MONFEMNET)', 'Танхимын санал хураалт — Тийм 2, Үгүй 0, Түдгэлзэх 0'],
    };
    for (const language of ['en', 'mn'] as const) {
      if (language === 'mn') {
        await exportPage.getByLabel('Language').selectOption('mn');
        await exportPage.getByRole('heading', { level: 1, name: 'Тэмдэглэлийг экспортлох' }).waitFor();
      }
      const [label, agreed, voted] = confirmations[language];
      const files = await commitmentsFromExportPage(exportPage, (file) => (language === 'en' ? `Download ${file}` : `${file} татах`));
      expect(files.xlsx.map((cells) => cells[11])).toEqual([label, agreed, voted]);
      expect(files.csv.map((cells) => cells[11])).toEqual([label, agreed, voted]);
      expect(files.docx.filter((text) => text.startsWith(`${label}: `))).toEqual([`${label}: ${agreed}`, `${label}: ${voted}`]);
    }
    // The language is the device's: back to English for the console's steps below.
    await exportPage.getByLabel('Хэл').selectOption('en');
    await exportPage.getByRole('heading', { level: 1, name: 'Export the record' }).waitFor();
    await exportPage.close();

    // The facilitator corrects the delegate's layer: their page opens again under it, without the CSOs' sections.
    const picker = cso.getByLabel('Look at a section');
    expect(await picker.locator('option').allTextContents()).toContain('Action strategy');
    await facilitator.locator('summary', { hasText: 'Attendance' }).click();
    await facilitator.getByLabel('Whom Сарангэрэл represents').selectOption('nhrc');
    await saveScreenshot(facilitator, 'dialogue-console');
    const reloaded = cso.waitForEvent('load');
    await facilitator.locator('.attendance').getByRole('button', { name: 'Change' }).click();
    await reloaded;
    await expect
      .poll(() => cso.getByLabel('Look at a section').locator('option').allTextContents())
      .toEqual(['Where the room is', 'Implementation plan', 'Outcome charter', 'Government responses']);
  });

  it('the organiser starts a dialogue day from an archive on the organiser page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/organiser#key=${server.organiserKey}`);
    await page.getByLabel('Archive file (record.json)').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(archive) });
    await page.getByRole('button', { name: 'Start a dialogue day from this archive' }).click();
    const created = page.locator('[data-origin="dialogue"]');
    await created.getByLabel('Join code').waitFor();
    expect(await created.getByRole('heading', { level: 2 }).textContent()).toContain('dialogue day');
    const facilitator = await context.newPage();
    await facilitator.goto(await created.getByLabel('Facilitator link').inputValue());
    await facilitator.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();
    await expect.poll(() => facilitator.getByText('Joint commitments').first().isVisible()).toBe(true);

    // The live workshop just started, from this device's list: a dialogue day continuing it, with its own links.
    const firstCode = await created.getByLabel('Join code').inputValue();
    const listed = page.locator('.workshop-list__item').first();
    await listed.getByRole('button', { name: /^Start a dialogue day from this workshop/ }).click();
    const next = page.locator('section[data-origin="dialogue"]');
    await expect.poll(async () => (await next.getByLabel('Join code').inputValue()) !== firstCode).toBe(true);
    expect(await next.getByRole('heading', { level: 2 }).textContent()).toMatch(/^Dialogue day “.+ — dialogue day” started$/);
    expect(await next.getByLabel('Facilitator link').inputValue()).toMatch(/\/w\/[^/]+/);
    await saveScreenshot(page, 'dialogue-organiser-continue-live');

    // And from the console of a live workshop: the new day's links appear in its panel.
    await facilitator.locator('summary', { hasText: 'Dialogue day' }).click();
    await facilitator.getByTestId('continue-dialogue').getByRole('button', { name: 'Start a dialogue day from this workshop' }).click();
    const links = facilitator.getByTestId('dialogue-day-links');
    await links.getByLabel('Join code').waitFor();
    expect(await links.getByLabel('Join code').inputValue()).not.toBe(firstCode);
    const started = await context.newPage();
    await started.goto(await links.getByLabel('Facilitator link').inputValue());
    await started.getByRole('heading', { name: 'Agenda', exact: true }).waitFor();

    // The archive of a dialogue day, continued again: the page shows the title the server gave, with one suffix.
    const dayArchive = await (await fetch(`${server.url}/api/workshops/${day.id}/export/record.json`, { headers: { authorization: `Bearer ${day.facilitatorToken}` } })).text();
    const dayTitle = (JSON.parse(dayArchive) as { workshop: { title: string } }).workshop.title;
    expect(dayTitle).toMatch(/ — dialogue day$/);
    const liveCode = await next.getByLabel('Join code').inputValue();
    await page.getByLabel('Archive file (record.json)').setInputFiles({ name: 'record.json', mimeType: 'application/json', buffer: Buffer.from(dayArchive) });
    await page.getByRole('button', { name: 'Start a dialogue day from this archive' }).click();
    await expect.poll(async () => (await next.getByLabel('Join code').inputValue()) !== liveCode).toBe(true);
    expect(await next.getByRole('heading', { level: 2 }).textContent()).toBe(`Dialogue day “${dayTitle}” started`);
    expect(await page.locator('.workshop-list__item').first().textContent()).toContain(dayTitle);
    expect(await page.locator('.workshop-list__item').first().textContent()).not.toContain(`${dayTitle} — dialogue day`);
    await context.close();
  });

  it('a Government participant on a phone waits, in English and Mongolian, while the CSOs meet among themselves; the console and the wall in Mongolian', async () => {
    const phone = await joinDialogue(browser, server, day, 'Дорж', 'Эрүүл мэндийн яам', /The Government/, 'Эрүүл мэндийн яам', true);
    const sockets: string[] = [];
    phone.on('websocket', (socket) => sockets.push(socket.url()));
    await moveRoomToCsoCaucus(server, day);
    const waiting = phone.getByTestId('cso-only-stage');
    await expect.poll(() => waiting.textContent()).toContain('The civil society organisations are meeting among themselves');
    expect(await waiting.textContent()).toContain('brought back here automatically when the joint session resumes');
    expect(await overflows(phone)).toBeLessThanOrEqual(0);
    // Tracking is the CSOs' own: no way to it is offered to the Government.
    expect(await phone.getByRole('link', { name: 'Track implementation' }).count()).toBe(0);
    await saveScreenshot(phone, 'dialogue-government-waiting-390');
    await phone.getByLabel('Language').selectOption('mn');
    await expect.poll(() => waiting.textContent()).toContain('Иргэний нийгмийн байгууллагууд дотроо хуралдаж байна');
    expect(await overflows(phone)).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, 'dialogue-government-waiting-390-mn');
    // The page never asked for the CSOs' section.
    expect(sockets.filter((url) => /\/(strategy|recommendations|experiences)\b/.test(url))).toEqual([]);

    // The joint session resumes: the page is brought back, in the language chosen.
    await moveRoomTo(server, day, 'responses');
    // What the Government answered this morning is there, as a later joiner reads it.
    await expect.poll(() => phone.getByRole('article', { name: 'Төлөвлөгөөний мөр 1' }).getByLabel('Хариуцах яам').inputValue()).toBe('Хууль зүйн яам');
    expect(await waiting.count()).toBe(0);
    expect(await overflows(phone)).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, 'dialogue-government-390-mn');
    await phone.getByLabel('Хэл').selectOption('en');
    await phone.getByRole('article', { name: 'Plan row 1' }).waitFor();
    expect(await overflows(phone)).toBeLessThanOrEqual(0);
    await saveScreenshot(phone, 'dialogue-government-390');

    const screen = await (await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'mn-MN' })).newPage();
    await screen.goto(onServer(day.links.projector, server));
    await expect.poll(() => screen.getByTestId('dialogue-projection').textContent()).toContain('Хууль зүйн яам');
    await saveScreenshot(screen, 'dialogue-projector-1920-mn');
    const consolePage = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'mn-MN' })).newPage();
    await consolePage.goto(onServer(day.links.facilitator, server));
    // Withdrawn, the second row offers both ways again.
    const second = consolePage.getByRole('article', { name: 'Төлөвлөгөөний мөр 2', exact: true });
    await second.getByRole('button', { name: 'Амлалтыг цуцлах' }).click();
    await second.getByRole('button', { name: 'Танхимын санал хураалтад оруулах' }).waitFor();
    expect(await second.getByRole('group', { name: 'Нэрлэсэн төлөөлөгчдийн тохиролцоо' }).count()).toBe(1);
    await saveScreenshot(consolePage, 'dialogue-console-mn');
  });

  it('a Government representative’s response fields stay read-only until the responses have synced, then take typing', async () => {
    // The server's answers on the responses socket are held back, as on a slow link: the page has not synced.
    let held = true;
    const waiting: { page: WebSocketRoute; frame: string | Buffer }[] = [];
    const holdResponses = (context: BrowserContext) =>
      context.routeWebSocket(/\/yjs\/.*\/responses/, (page) => {
        const upstream = page.connectToServer();
        page.onMessage((frame) => upstream.send(frame));
        upstream.onMessage((frame) => (held ? waiting.push({ page, frame }) : page.send(frame)));
      });
    await moveRoomTo(server, day, 'responses');
    const government = await joinDialogue(browser, server, day, 'Ганбат', 'Гадаад харилцааны яам', /The Government/, 'Гадаад харилцааны яам', false, holdResponses);
    const row = government.getByRole('article', { name: 'Plan row 1' });
    await government.getByTestId('responses-waiting').waitFor();
    expect(await government.getByTestId('responses-waiting').textContent()).toContain('the response fields open once this page holds the latest responses');
    await row.waitFor();
    expect(await row.getByLabel('Responsible ministry').count()).toBe(0);
    await saveScreenshot(government, 'dialogue-government-waiting-for-sync');

    held = false;
    for (const { page, frame } of waiting.splice(0)) page.send(frame);
    await row.getByLabel('Responsible ministry').waitFor();
    expect(await government.getByTestId('responses-waiting').count()).toBe(0);
    await row.getByLabel('Comments').fill('Гэрээг 2027 онд соёрхон батална.');
    const reader = await joinDialogue(browser, server, day, 'Оюун', 'Globe International', /civil society/);
    await expect.poll(() => reader.getByRole('article', { name: 'Plan row 1' }).textContent()).toContain('Гэрээг 2027 онд соёрхон батална.');
  });
});
