/** Charter amendments in the browser: a participant proposes from the current text, the room adopts it, the editor shows it. */
import { randomUUID } from 'node:crypto';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import { CHARTER_FRAGMENT } from '../../shared/charterText.js';
import { type ControlClient, connectControl } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { connectStock, synced } from '../support/yjsClients.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { openConsole } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

const OP_CAT = 'Ratify OP-CAT without delay.';

describe('charter amendments', () => {
  let server: TestServer;
  let browser: Browser;
  let workshop: CreateWorkshopResponse;
  let facilitator: ControlClient;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  beforeAll(async () => {
    workshop = await createWorkshop(server);
    await moveRoomTo(server, workshop, 'charter');
    const writer = connectStock(server.url, workshop.id, 'charter', workshop.facilitatorToken);
    await synced(writer);
    const blocks = [['heading', 'Outcome charter'], ['paragraph', OP_CAT]].map(([type, text]) => {
      const element = new Y.XmlElement(type);
      if (type === 'heading') element.setAttribute('level', '1');
      element.insert(0, [new Y.XmlText(text)]);
      return element;
    });
    writer.doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, blocks);
    const reader = connectStock(server.url, workshop.id, 'charter', workshop.projectorToken);
    await synced(reader);
    await waitFor(() => reader.doc.getXmlFragment(CHARTER_FRAGMENT).length === 2, 'the charter is stored');
    reader.destroy();
    writer.destroy();
    facilitator = connectControl(server.url, workshop.facilitatorToken);
    await waitFor(() => facilitator.latest() !== null, 'the facilitator’s state');
  });

  afterAll(async () => {
    facilitator?.close();
  });

  it('a participant proposes an amendment in amendment mode; adopted by vote, it reaches the editor', async () => {
    const saran = await joinAsParticipant(browser, server, workshop.joinCode, 'Saran', 'MONFEMNET');
    const panel = saran.page.getByRole('region', { name: 'Amendments' });
    await panel.waitFor();
    const desk = await openConsole(browser, server, workshop);
    const deskPanel = desk.page.getByRole('region', { name: 'Amendments' });
    await deskPanel.getByRole('button', { name: 'Switch to amendment mode' }).click();
    await deskPanel.getByRole('button', { name: 'Leave amendment mode', pressed: true }).waitFor();
    await panel.getByText('Amendment mode is on').waitFor();
    // The editor takes no typing while the server refuses it.
    await expect.poll(() => saran.page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false');
    // One explanation, the right one: amendment mode is not a lock.
    expect(await saran.page.getByTestId('locked-notice').count()).toBe(0);

    await panel.getByLabel('Paragraph', { exact: true }).selectOption({ label: `Paragraph 2: ${OP_CAT}` });
    expect(await panel.getByLabel('Your wording of the paragraph').inputValue()).toBe(OP_CAT);
    await panel.getByLabel('Your wording of the paragraph').fill('Ratify OP-CAT within the year.');
    await panel.getByLabel('Why').fill('A date the Government can be held to.');
    await panel.getByRole('button', { name: 'Propose' }).click();
    const item = panel.getByTestId('amendment');
    await item.filter({ hasText: 'Proposed by Saran (MONFEMNET)' }).waitFor();
    expect(await item.locator('del').textContent()).toContain('without delay.');
    expect(await item.locator('ins').textContent()).toContain('within the year.');
    // Scrolled to the form, the sidebar still starts level with the charter, not halfway down.
    await saran.page.evaluate('window.scrollTo(0, document.body.scrollHeight)');
    const [mainTop, sideTop] = await saran.page.evaluate<number[]>(
      "['.workspace__main', '.workspace__side'].map((selector) => document.querySelector(selector).getBoundingClientRect().top)",
    );
    expect(Math.abs(mainTop! - sideTop!)).toBeLessThan(2);
    await saveScreenshot(saran.page, 'charter-amendment-proposed');
    await expectNoSeriousA11yViolations(saran.page);

    const proposal = deskPanel.getByTestId('amendment');
    await proposal.getByLabel('Who votes').selectOption('participant');
    await proposal.getByRole('button', { name: 'Put to the vote' }).click();
    await item.getByText('Under vote').waitFor();
    await waitFor(() => facilitator.latest()?.amendments.items[0]?.voteId !== null, 'the vote is opened');
    const voteId = facilitator.latest()!.amendments.items[0]!.voteId!;
    const voter = connectControl(server.url, (await joinToken('Tuya', 'Globe International')).token);
    await waitFor(() => voter.latest() !== null, 'the voter’s state');
    expect((await voter.send('vote:cast', { voteId, choice: 'yes', requestId: randomUUID() })).ok).toBe(true);
    await proposal.getByText('Yes 1 · No 0 · Abstain 0').waitFor();
    await proposal.getByRole('button', { name: 'Close the vote' }).click();
    voter.close();

    await item.getByText('Adopted').waitFor();
    await expect.poll(() => saran.page.locator('.ProseMirror').textContent()).toContain('Ratify OP-CAT within the year.');
    await proposal.getByText('Adopted').waitFor();
    await expectNoSeriousA11yViolations(desk.page);
    await Promise.all([saran.context.close(), desk.context.close()]);
  });

  async function joinToken(name: string, organisation: string): Promise<{ token: string }> {
    const response = await fetch(`${server.url}/api/workshops/${workshop.id}/participants`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ joinCode: workshop.joinCode, name, organisation }),
    });
    return (await response.json()) as { token: string };
  }
});
