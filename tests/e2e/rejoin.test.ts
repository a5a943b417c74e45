import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

describe('opening the join link again on the same device', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  it('offers to continue as the same person: no second identity, no ghost raised hand', async () => {
    const workshop = await createWorkshop(server, 'Rejoin');
    const facilitator = connectControl(server.url, workshop.facilitatorToken);
    try {
      await waitFor(() => facilitator.latest() !== null, 'the facilitator’s state');
      const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
      await alice.page.getByRole('button', { name: 'Raise hand' }).click();
      await waitFor(() => facilitator.latest()!.hands.length === 1, 'the raised hand');
      const participantId = facilitator.latest()!.hands[0]!.participantId;

      await alice.page.goto(`${server.url}/join?code=${workshop.joinCode}`);
      const continueButton = alice.page.getByRole('button', { name: 'Continue as Alice Bold (Women for Change)' });
      await continueButton.waitFor();
      await saveScreenshot(alice.page, 'join-continue-as');
      await expectNoSeriousA11yViolations(alice.page);
      await continueButton.click();
      await alice.page.waitForURL(new RegExp(`/w/${workshop.id}$`));
      await alice.page.getByTestId('identity').filter({ hasText: 'Alice Bold' }).waitFor();

      // Back in the room as the same participant: one person present, one hand, still hers.
      await waitFor(() => facilitator.latest()!.presence.some((entry) => entry.id === participantId), 'Alice present again');
      const state = facilitator.latest()!;
      expect(state.presence.filter((entry) => entry.role === 'participant').map((entry) => entry.id)).toEqual([participantId]);
      expect(state.hands.map((hand) => hand.participantId)).toEqual([participantId]);
      await alice.page.getByRole('button', { name: 'Lower hand' }).waitFor();
      await alice.context.close();
    } finally {
      facilitator.close();
    }
  });

  it('still lets someone else join from that device', async () => {
    const workshop = await createWorkshop(server, 'Shared laptop');
    const first = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    await first.page.goto(`${server.url}/join?code=${workshop.joinCode}`);
    await first.page.getByRole('button', { name: 'Join as someone else' }).click();
    await first.page.getByLabel(/your name/i).fill('Bat-Erdene');
    await first.page.getByLabel(/your organisation/i).fill('Mongolian Bar Association');
    await first.page.getByRole('button', { name: 'Join' }).click();
    await first.page.getByTestId('identity').filter({ hasText: 'Bat-Erdene' }).waitFor();
    await first.context.close();
  });
});
