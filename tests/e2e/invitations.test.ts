/**
 * Personal invitations in the browser, in English and Mongolian: the facilitator issues the links
 * and prints the badge sheet (print media: one QR per delegate, the console hidden), the room's
 * screen shows no join code once the workshop is by invitation, and a delegate who opens their
 * link on a 390 px phone lands in the workshop as themselves. Screenshots of each.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { invitationLink } from '../../shared/links.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { horizontalOverflow } from './support/layout.js';
import { onServer } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

const WORDS = {
  en: { attendance: 'Attendance', entry: 'Entry', invited: 'By invitation only', issue: 'Issue links for 5 delegates without one', print: 'Print badges' },
  mn: { attendance: 'Ирцийн бүртгэл', entry: 'Нэвтрэх', invited: 'Зөвхөн урилгаар', issue: 'Холбоосгүй төлөөлөгчид холбоос гаргах: 5', print: 'Энгэрийн тэмдэг хэвлэх' },
} as const;

const poll = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 10_000 });

describe('personal invitations and badges', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  for (const language of ['en', 'mn'] as const) {
    it(`prints one QR per delegate, hides the code on the screen, and a phone opens its link (${language})`, async () => {
      const words = WORDS[language];
      const locale = language === 'en' ? 'en-GB' : 'mn-MN';
      const workshop = await createWorkshop(server, language === 'en' ? 'By invitation' : 'Урилгаар');
      // Ids are the store's keys across workshops: each test makes its own.
      await server.store.editInvitationList(workshop.id, {
        organisations: [
          { id: `${language}-o1`, name: 'Монголын Эмэгтэйчүүдийн Сан', aliases: ['MONES'], returning: true },
          { id: `${language}-o2`, name: 'Globe International', aliases: [], returning: false },
          { id: `${language}-o3`, name: 'Center for Human Rights and Development', aliases: [], returning: false },
        ],
        delegates: [
          { id: `${language}-d1`, organisationId: `${language}-o1`, name: 'Оюунчимэг Батболд', contact: null, ballotHolder: true },
          { id: `${language}-d2`, organisationId: `${language}-o1`, name: 'Saran', contact: null, ballotHolder: false },
          { id: `${language}-d3`, organisationId: `${language}-o2`, name: 'Oyuna', contact: 'oyuna@example.org', ballotHolder: true },
          { id: `${language}-d4`, organisationId: `${language}-o3`, name: 'Bold', contact: null, ballotHolder: true },
          { id: `${language}-d5`, organisationId: `${language}-o3`, name: 'Tuya Ganbaatar-Enkhbayar', contact: null, ballotHolder: false },
        ],
      });

      const consoleContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale });
      const facilitator = await consoleContext.newPage();
      await facilitator.goto(onServer(workshop.links.facilitator, server));
      await facilitator.locator('summary').getByText(words.entry, { exact: true }).click();
      // The radio follows the server's state: it is checked once the server took the change.
      await facilitator.getByLabel(words.invited).click();
      await poll(() => facilitator.getByLabel(words.invited).isChecked()).toBe(true);

      // The room's screen: no code, no QR to join with; it says the workshop is by invitation.
      const screenContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale });
      const screen = await screenContext.newPage();
      await screen.goto(onServer(workshop.links.projector, server));
      await screen.getByTestId('projector-invited').waitFor();
      expect(await screen.getByTestId('projector-join-code').count()).toBe(0);
      expect(await screen.locator('.join-banner__qr').count()).toBe(0);
      await saveScreenshot(screen, `invitations-projector-${language}`);

      // Issue the links: the sheet opens with a card and a QR for each delegate.
      await facilitator.locator('summary').getByText(words.attendance, { exact: true }).click();
      await facilitator.getByTestId('attendance-summary').waitFor();
      await saveScreenshot(facilitator, `invitations-console-before-${language}`);
      await facilitator.getByRole('button', { name: words.issue }).click();
      const cards = facilitator.getByTestId('badge-card');
      await poll(() => facilitator.locator('.badge-card__qr').count()).toBe(5);
      await facilitator.getByRole('button', { name: words.print }).waitFor();
      await saveScreenshot(facilitator, `invitations-badge-sheet-screen-${language}`);

      await facilitator.emulateMedia({ media: 'print' });
      expect(await cards.count()).toBe(5);
      const qrs = facilitator.locator('.badge-card__qr');
      for (let i = 0; i < 5; i++) {
        expect(await qrs.nth(i).isVisible()).toBe(true);
        // Drawn, not a broken image.
        expect(await qrs.nth(i).evaluate((img) => (img as unknown as { complete: boolean; naturalWidth: number }).naturalWidth > 0)).toBe(true);
      }
      // Only the sheet prints: the console and the toolbar are hidden.
      expect(await facilitator.locator('#root').isVisible()).toBe(false);
      expect(await facilitator.getByRole('button', { name: words.print }).isVisible()).toBe(false);
      // Two cards across.
      const lefts = await Promise.all([0, 1, 2, 3, 4].map(async (i) => Math.round((await cards.nth(i).boundingBox())!.x)));
      expect(new Set(lefts).size).toBe(2);
      await saveScreenshot(facilitator, `invitations-badge-sheet-print-${language}`);
      // The printed page: A4's 190 × 277 mm inside its 10 mm margins, at 96 px an inch. Each card keeps
      // its name and its caption at least 4 mm (15 px) inside the cut line.
      const screenSize = facilitator.viewportSize()!;
      await facilitator.setViewportSize({ width: 718, height: 1047 });
      expect(new Set(await Promise.all([0, 1, 2, 3, 4].map(async (i) => Math.round((await cards.nth(i).boundingBox())!.x)))).size).toBe(2);
      for (let i = 0; i < 5; i++) {
        const card = (await cards.nth(i).boundingBox())!;
        const name = (await cards.nth(i).locator('.badge-card__name').boundingBox())!;
        const caption = (await cards.nth(i).locator('.badge-card__hint').boundingBox())!;
        expect(name.y - card.y).toBeGreaterThanOrEqual(15);
        expect(card.y + card.height - (caption.y + caption.height)).toBeGreaterThanOrEqual(15);
      }
      await saveScreenshot(facilitator, `invitations-badge-sheet-a4-${language}`);
      await facilitator.setViewportSize(screenSize);
      const pdf = await facilitator.pdf({ format: 'A4', printBackground: false });
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      await facilitator.emulateMedia({ media: 'screen' });
      await facilitator.getByTestId('badge-card').first().waitFor();
      await facilitator.locator('.badge-sheet__toolbar button').last().click();
      await cards.first().waitFor({ state: 'detached' });

      // A delegate's phone: a new link for Saran (the sheet's are shown only in QR codes), opened at 390 px.
      const control = connectControl(server.url, workshop.facilitatorToken);
      await waitFor(() => control.latest() !== null, 'facilitator state');
      const reissued = await control.send('invitation:issue', { delegateIds: [`${language}-d2`], replace: true });
      control.close();
      if (!reissued.ok) throw new Error(reissued.error.message);
      const link = invitationLink(server.url, workshop.id, reissued.issued[0]!.secret);
      const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, locale, isMobile: true, hasTouch: true });
      const phone = await phoneContext.newPage();
      await phone.goto(link);
      await phone.waitForURL(`${server.url}/w/${workshop.id}`);
      await phone.getByText('Saran').first().waitFor();
      await phone.getByText('Монголын Эмэгтэйчүүдийн Сан').first().waitFor();
      // The secret left the address bar; nothing scrolls sideways.
      expect(phone.url()).not.toContain('invite=');
      expect((await horizontalOverflow(phone)).culprits).toEqual([]);
      await saveScreenshot(phone, `invitations-phone-landed-${language}`);

      // The console's roster counts her present; the same phone opening the link again is the same session.
      await poll(async () => (await facilitator.getByTestId('attendance-summary').textContent()) ?? '').toMatch(/1\D*$/);
      await phone.goto(link);
      await phone.waitForURL(`${server.url}/w/${workshop.id}`);
      const participants = await server.store.listParticipants(workshop.id);
      expect(participants.map((p) => p.name)).toEqual(['Saran']);
      await facilitator.locator('.attendance').scrollIntoViewIfNeeded();
      await saveScreenshot(facilitator, `invitations-console-attendance-${language}`);

      // A replaced link says so in plain words.
      const stale = await phoneContext.newPage();
      await stale.goto(invitationLink(server.url, workshop.id, 'a'.repeat(43)));
      await stale.getByRole('alert').waitFor();
      await saveScreenshot(stale, `invitations-phone-refused-${language}`);

      await Promise.all([consoleContext.close(), screenContext.close(), phoneContext.close()]);
    });
  }
});
