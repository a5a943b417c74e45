/**
 * Running the agenda live: the facilitator's console moves the room, and the participants'
 * pages and the projector follow; timer, spotlight, raised hands and locks reach every screen.
 */
import type { Browser } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { readCards } from '../../shared/experiences.js';
import { connectStock } from '../support/yjsClients.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { cardField, joinAsParticipant } from './support/participant.js';
import { goToSession, openConsole, openProjector } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';
import { YjsSocketTap } from './support/yjsSocketTap.js';

describe('running the agenda live', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('the facilitator advances the session and a participant’s page follows; one who browsed elsewhere gets “back to the room”', async () => {
    const workshop = await createWorkshop(server, 'Follow the room');
    const facilitator = await openConsole(browser, server, workshop);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    const followBar = (page: typeof alice.page) => page.getByTestId('follow-bar');

    await facilitator.page.getByRole('button', { name: /^Start the agenda/ }).click();
    await expect.poll(() => alice.page.getByRole('heading', { name: 'Opening remarks' }).count()).toBe(1);
    expect(await followBar(alice.page).getAttribute('data-following')).toBe('true');
    expect(await followBar(alice.page).textContent()).toContain('You are following the room');

    await facilitator.page.getByRole('button', { name: /^Next/ }).click();
    await expect.poll(() => alice.page.getByRole('heading', { name: 'Experiences 2010–2015' }).count()).toBe(1);
    await expect.poll(() => alice.page.getByTestId('stage-announcement').textContent()).toContain('Experiences with the UPR 2010–2015');

    // Bob looks at the charter on his own; the room moves on without him.
    await bob.page.getByLabel('Look at a section').selectOption('charter');
    await expect.poll(() => followBar(bob.page).textContent()).toContain('You are looking at Outcome charter');
    await goToSession(facilitator.page, 'Lunch');
    await expect.poll(() => alice.page.getByRole('heading', { name: 'Lunch' }).count()).toBe(1);
    await expect.poll(() => followBar(bob.page).textContent()).toContain('The room is at: Lunch');
    // The charter view loads on demand: its heading comes with its chunk.
    await expect.poll(() => bob.page.getByRole('heading', { name: 'Outcome charter' }).count()).toBe(1);
    await saveScreenshot(bob.page, 'participant-browsing');

    await bob.page.getByRole('button', { name: 'Back to the room' }).click();
    await expect.poll(() => bob.page.getByRole('heading', { name: 'Lunch' }).count()).toBe(1);
    expect(await followBar(bob.page).getAttribute('data-following')).toBe('true');
    await expectNoSeriousA11yViolations(bob.page);

    // Previous goes back one session, across the whole agenda.
    await facilitator.page.getByRole('button', { name: /^Previous/ }).click();
    await expect.poll(() => alice.page.getByRole('heading', { name: 'Experiences 2010–2015' }).count()).toBe(1);
    await Promise.all([facilitator.context.close(), alice.context.close(), bob.context.close()]);
  });

  it('the projector shows the new session, the timer, the spotlighted card and the QR code', async () => {
    const workshop = await createWorkshop(server, 'Projector');
    const facilitator = await openConsole(browser, server, workshop);
    const projector = await openProjector(browser, server, workshop);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await expect.poll(() => projector.page.getByTestId('projector-count').textContent()).toBe('1 participant present');

    await goToSession(facilitator.page, 'Experiences with the UPR 2010–2015');
    await expect.poll(() => projector.page.getByTestId('projector-session').textContent()).toBe('Experiences with the UPR 2010–2015');

    await facilitator.page.getByLabel('Minutes').fill('5');
    await facilitator.page.getByRole('button', { name: 'Start timer' }).click();
    const projectorTimer = projector.page.getByTestId('timer');
    await expect.poll(() => projectorTimer.getAttribute('data-phase')).toBe('running');
    expect(await projectorTimer.getByRole('timer').textContent()).toMatch(/^(5:00|4:5\d)$/);

    await alice.page.getByLabel('Year of the new card').selectOption('2014');
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(alice.page, 1, 'What happened').fill('Child protection law adopted.');
    await cardField(alice.page, 1, 'Lesson').fill('Joint submissions are heard.');
    await facilitator.page.getByRole('article', { name: 'Experience card 1' }).getByRole('button', { name: 'Spotlight' }).click();
    const spotlight = projector.page.getByTestId('projector-spotlight');
    await expect.poll(() => spotlight.textContent()).toContain('Joint submissions are heard.');
    expect(await spotlight.textContent()).toContain('2014');

    expect(await projector.page.getByRole('img', { name: 'QR code to join the workshop' }).isVisible()).toBe(true);
    expect(await projector.page.getByTestId('projector-join-code').textContent()).toBe(workshop.joinCode);
    await saveScreenshot(projector.page, 'projector-live');
    await expectNoSeriousA11yViolations(projector.page);

    await facilitator.page.getByRole('button', { name: 'Pause' }).click();
    await expect.poll(() => projectorTimer.getAttribute('data-phase')).toBe('paused');
    await facilitator.page.getByRole('button', { name: 'Clear spotlight' }).click();
    await expect.poll(() => spotlight.count()).toBe(0);
    await saveScreenshot(facilitator.page, 'console-live');
    await expectNoSeriousA11yViolations(facilitator.page);
    await Promise.all([facilitator.context.close(), projector.context.close(), alice.context.close()]);
  });

  it('raised hands appear in order on the facilitator console and the projector, and the facilitator lowers them', async () => {
    const workshop = await createWorkshop(server, 'Hands');
    const facilitator = await openConsole(browser, server, workshop);
    const projector = await openProjector(browser, server, workshop);
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    const queue = (page: typeof alice.page) => page.getByTestId('hands-queue').locator('.hands__name').allTextContents();

    await bob.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect.poll(() => queue(facilitator.page)).toEqual(['Bat-Erdene']);
    await alice.page.getByRole('button', { name: 'Raise hand' }).click();
    await expect.poll(() => queue(facilitator.page)).toEqual(['Bat-Erdene', 'Alice Bold']);
    await expect.poll(() => queue(projector.page)).toEqual(['Bat-Erdene', 'Alice Bold']);
    await expect.poll(() => alice.page.getByText('You are number 2 in the queue').count()).toBe(1);
    await saveScreenshot(projector.page, 'projector-hands');

    await facilitator.page.getByRole('button', { name: 'Lower Bat-Erdene' }).click();
    await expect.poll(() => queue(projector.page)).toEqual(['Alice Bold']);
    await expect.poll(() => bob.page.getByRole('button', { name: 'Raise hand' }).count()).toBe(1);
    await alice.page.getByRole('button', { name: 'Lower hand' }).click();
    await expect.poll(() => facilitator.page.getByTestId('hands-queue').count()).toBe(0);
    await Promise.all([facilitator.context.close(), projector.context.close(), alice.context.close(), bob.context.close()]);
  });

  it('a locked section is read-only for the participant, and the server refuses their edits anyway', async () => {
    const workshop = await createWorkshop(server, 'Locks');
    const facilitator = await openConsole(browser, server, workshop);
    const aliceSockets = new YjsSocketTap();
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change', {
      prepare: (context) => aliceSockets.attach(context),
    });
    await goToSession(facilitator.page, 'Experiences with the UPR 2010–2015');
    await alice.page.getByRole('button', { name: 'Add experience' }).click();
    await cardField(alice.page, 1, 'What happened').fill('Before the lock.');
    await expect.poll(() => cardField(facilitator.page, 1, 'What happened').inputValue()).toBe('Before the lock.');

    await facilitator.page.getByRole('switch', { name: 'Lock Experiences 2010–2015' }).check();
    const aliceField = cardField(alice.page, 1, 'What happened');
    await expect.poll(() => alice.page.getByTestId('locked-notice').count()).toBe(1);
    expect(await aliceField.getAttribute('readonly')).not.toBeNull();
    expect(await alice.page.getByRole('button', { name: 'Add experience' }).count()).toBe(0);
    await aliceField.click();
    await alice.page.keyboard.type(' Typed while locked.');
    expect(await aliceField.inputValue()).toBe('Before the lock.');
    await saveScreenshot(alice.page, 'participant-locked');
    await expectNoSeriousA11yViolations(alice.page);

    // Get round the read-only field as a determined client would: the server still drops the write.
    // eslint-disable-next-line @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access -- runs in the page; the Node tsconfig has no DOM types
    await aliceField.evaluate((element) => element.removeAttribute('readonly'));
    const sent = aliceSockets.updatesSent('experiences');
    await aliceField.fill('Forced past the lock.');
    await expect.poll(() => aliceSockets.updatesSent('experiences')).toBeGreaterThan(sent);
    // The server handles her socket's frames in order: once it answers a later request, it has handled the edit.
    await aliceSockets.roundTrip('experiences');

    // The facilitator may still edit a locked section. That edit reaches the server after Alice's, and
    // the server relays edits in the order it takes them: a client holding it holds whatever it took of hers.
    const observer = connectStock(server.url, workshop.id, 'experiences', workshop.facilitatorToken);
    onTestFinished(() => observer.destroy());
    await cardField(facilitator.page, 1, 'Lesson').fill('Facilitator note.');
    await expect.poll(() => cardField(alice.page, 1, 'Lesson').inputValue()).toBe('Facilitator note.');
    await expect.poll(() => readCards(observer.doc)[0]?.lesson).toBe('Facilitator note.');
    expect(readCards(observer.doc)[0]?.happened).toBe('Before the lock.');
    expect(await cardField(facilitator.page, 1, 'What happened').inputValue()).toBe('Before the lock.');
    await Promise.all([facilitator.context.close(), alice.context.close()]);
  });
});
