/** The implementation plan in real Chromium: a row added by one participant, co-edited from two browsers without lost words. */
import type { Browser } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('co-editing the implementation plan', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
    await importMongolia2010(server, workshop, 'current');
  });

  it('a plan row for a priority recommendation is co-edited from two browsers, and each sees who is editing it', async () => {
    // The room's priority is the facilitator's decision (the triage test sets it from the console).
    const control = connectControl(server.url, workshop.facilitatorToken);
    await waitFor(() => control.latest() !== null, 'the control state');
    expect(await control.send('priority:set', { priorities: { 'current/84.2': 'high' } })).toMatchObject({ ok: true });
    control.close();
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await moveRoomTo(server, workshop, 'plan');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');

    await alice.page.getByRole('heading', { name: 'Implementation plan' }).waitFor();
    const subject = alice.page.getByLabel('For');
    await expect.poll(() => subject.locator('option').allTextContents()).toContainEqual(expect.stringMatching(/^84\.2 Favourably consider/));
    await subject.selectOption({ label: (await subject.locator('option').nth(1).textContent()) ?? '' });
    await alice.page.getByRole('button', { name: 'Add plan row' }).click();

    const aliceRow = alice.page.getByRole('article', { name: 'Plan row 1' });
    const bobRow = bob.page.getByRole('article', { name: 'Plan row 1' });
    await expect.poll(() => bobRow.getByRole('heading').textContent()).toMatch(/^84\.2 Favourably consider/);

    const aliceField = aliceRow.getByLabel('Actions by civil society');
    const bobField = bobRow.getByLabel('Actions by civil society');
    await aliceField.fill('Shadow report.');
    await expect.poll(() => bobField.inputValue()).toBe('Shadow report.');
    await aliceField.click();
    await alice.page.keyboard.press('End');
    await bobField.click();
    await bob.page.keyboard.press('End');
    await expect.poll(() => aliceRow.getByTestId('row-editors').textContent()).toBe('Bat-Erdene is editing');
    await expect.poll(() => bobRow.getByTestId('row-editors').textContent()).toBe('Alice Bold is editing');
    await Promise.all([
      alice.page.keyboard.type(' Alice: hearings in parliament.', { delay: 15 }),
      bob.page.keyboard.type(' Bob: legal aid clinics.', { delay: 15 }),
    ]);
    for (const field of [aliceField, bobField]) {
      await expect.poll(() => field.inputValue()).toContain('Alice: hearings in parliament.');
      await expect.poll(() => field.inputValue()).toContain('Bob: legal aid clinics.');
    }
    expect(await aliceField.inputValue()).toBe(await bobField.inputValue());

    await bobRow.getByLabel('Indicators').fill('Law adopted by 2017');
    await bobRow.getByLabel('Status').selectOption('ongoing');
    await expect.poll(() => aliceRow.getByLabel('Indicators').inputValue()).toBe('Law adopted by 2017');
    await expect.poll(() => aliceRow.getByLabel('Status').inputValue()).toBe('ongoing');

    await saveScreenshot(alice.page, 'plan');
    await expectNoSeriousA11yViolations(alice.page);
    await Promise.all([alice.context.close(), bob.context.close()]);
  });
});
