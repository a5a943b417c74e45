/**
 * The outcome charter in real Chromium: drafted by two participants together, a yes/no vote from
 * the console, then the adoption vote — the charter frozen with the same hash on every screen as
 * on the server — and an organisation signing.
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import type { Browser, Locator, Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/api.js';
import type { WorkshopState } from '../../shared/events.js';
import { connectControl, type ControlClient } from '../support/controlClient.js';
import { waitFor } from '../support/waitFor.js';
import { expectNoSeriousA11yViolations } from './support/axe.js';
import { joinAsParticipant } from './support/participant.js';
import { openConsole, openProjector } from './support/roles.js';
import { saveScreenshot } from './support/screenshots.js';
import { createWorkshop, type TestServer } from './support/server.js';
import { importMongolia2010, moveRoomTo } from './support/uprWork.js';
import { useServerAndBrowser } from './support/serverAndBrowser.js';

const charterText = (page: Page) => page.getByRole('textbox', { name: 'Charter text' });

/** The texts of parts of the charter without the others' caret labels drawn inside them; [] when none match. */
function textsOf(locator: Locator): Promise<string[]> {
  // Runs in the page: the Node tsconfig has no DOM types, so the elements' type is unresolved here.
  /* eslint-disable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */
  return locator.evaluateAll((elements) =>
    elements.map((element) => {
      const copy = element.cloneNode(true);
      for (const caret of copy.querySelectorAll('.charter-caret')) caret.remove();
      return copy.textContent ?? '';
    }),
  );
}
/* eslint-enable @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-member-access */

/**
 * Where the others' caret labels are: each inside the text box, and over no letter of the
 * charter (a label used to cover the line above and run out of the box at the right edge).
 */
function caretLabelsPlacement(page: Page): Promise<{ inside: boolean; coversText: boolean }[]> {
  return page.evaluate(`(() => {
    const editor = document.querySelector('.ProseMirror');
    const box = editor.getBoundingClientRect();
    const textRects = [];
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement.closest('.charter-caret')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      textRects.push(...range.getClientRects());
    }
    return [...editor.querySelectorAll('.charter-caret__label')].map((label) => {
      const l = label.getBoundingClientRect();
      const inside = l.left >= box.left - 0.5 && l.right <= box.right + 0.5 && l.top >= box.top - 0.5 && l.bottom <= box.bottom + 0.5;
      const coversText = textRects.some((r) => Math.min(r.right, l.right) - Math.max(r.left, l.left) > 1 && Math.min(r.bottom, l.bottom) - Math.max(r.top, l.top) > 1);
      return { inside, coversText };
    });
  })()`);
}

/** This machine's first non-loopback IPv4 address: a page there is not a secure context, as on the venue's LAN. */
function lanAddress(): string | null {
  const addresses = Object.values(os.networkInterfaces()).flatMap((list) => list ?? []);
  return addresses.find((a) => a.family === 'IPv4' && !a.internal)?.address ?? null;
}

/** Puts the caret at the end of the charter and types there. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await charterText(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: 10 });
}

async function castBallot(page: Page, question: string, choice: string): Promise<void> {
  const card = page.getByRole('article', { name: question });
  await card.getByRole('radio', { name: choice }).check();
  await card.getByRole('button', { name: 'Cast my ballot' }).click();
  await card.getByText('Your ballot counts.').waitFor();
}

describe('the outcome charter', () => {
  let server: TestServer;
  let browser: Browser;

  useServerAndBrowser((started, launched) => {
    server = started;
    browser = launched;
  });

  /**
   * Each test's own workshop at the charter, with the 2010 recommendations to cite, and a control
   * client that reads its state; closed when the test ends.
   */
  async function charterWorkshop(): Promise<{ workshop: CreateWorkshopResponse; state: () => WorkshopState }> {
    const workshop = await createWorkshop(server);
    await importMongolia2010(server, workshop, 'current');
    await moveRoomTo(server, workshop, 'charter');
    const watcher: ControlClient = connectControl(server.url, workshop.facilitatorToken);
    onTestFinished(() => watcher.close());
    const state = (): WorkshopState => {
      const latest = watcher.latest();
      if (!latest) throw new Error('no state yet');
      return latest;
    };
    return { workshop, state };
  }

  /** Alice and Bob of two organisations, and the facilitator's console, in a workshop of their own. */
  async function charterRoom() {
    const { workshop, state } = await charterWorkshop();
    const alice = await joinAsParticipant(browser, server, workshop.joinCode, 'Alice Bold', 'Women for Change');
    const bob = await joinAsParticipant(browser, server, workshop.joinCode, 'Bat-Erdene', 'Mongolian Bar Association');
    const facilitator = await openConsole(browser, server, workshop);
    onTestFinished(() => Promise.all([alice.context.close(), bob.context.close(), facilitator.context.close()]).then(() => undefined));
    return { workshop, state, alice, bob, facilitator };
  }

  /** Alice starts from the template, and her first priority reaches Bob. */
  async function draftFirstPriority(alice: Page, bob: Page): Promise<void> {
    await alice.getByRole('button', { name: 'Start from the charter template' }).click();
    await charterText(alice).locator('ol li').first().click();
    await alice.keyboard.type('Ratify the Optional Protocol to the Convention against Torture.', { delay: 10 });
    await expect.poll(() => textsOf(charterText(bob).locator('ol li'))).toEqual(['Ratify the Optional Protocol to the Convention against Torture.']);
  }

  it('two participants draft the charter together, each seeing the other’s words', async () => {
    const { alice, bob, facilitator } = await charterRoom();
    await alice.page.getByRole('button', { name: 'Start from the charter template' }).click();
    await expect.poll(() => charterText(bob.page).textContent()).toContain('Agreed priorities');
    await expect.poll(() => bob.page.getByRole('button', { name: 'Start from the charter template' }).count()).toBe(0);

    // Alice writes the first priority in the numbered list; Bob adds a commitment at the end.
    await charterText(alice.page).locator('ol li').first().click();
    await alice.page.keyboard.type('Ratify the Optional Protocol to the Convention against Torture.', { delay: 10 });
    await expect.poll(() => textsOf(charterText(bob.page).locator('ol li'))).toEqual(['Ratify the Optional Protocol to the Convention against Torture.']);
    await typeAtEnd(bob.page, ' Bob: we meet again in November.');
    await expect.poll(() => charterText(alice.page).textContent()).toContain('Bob: we meet again in November.');

    // Bold from the toolbar on text selected with the keyboard; the toolbar says which formats are on.
    await charterText(alice.page).getByRole('heading', { name: 'Preamble' }).click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.press('Shift+Home');
    const bold = alice.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Bold' });
    await bold.click();
    await expect.poll(() => bold.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => textsOf(charterText(bob.page).locator('strong'))).toEqual(['Preamble']);

    // A link to a web page is taken; a script address is refused.
    await charterText(alice.page).getByRole('heading', { name: 'Commitments' }).click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.press('Shift+Home');
    await alice.page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Link' }).click();
    const address = alice.page.getByLabel('Link address (http or https)');
    await address.fill('javascript:alert(1)');
    await alice.page.getByRole('button', { name: 'Apply link' }).click();
    await alice.page.getByRole('alert').filter({ hasText: 'Only web addresses (http or https) and recommendations can be linked.' }).waitFor();
    await address.fill('www.upr-info.org');
    await alice.page.getByRole('button', { name: 'Apply link' }).click();
    await expect.poll(() => charterText(bob.page).getByRole('link', { name: 'Commitments' }).getAttribute('href')).toBe('https://www.upr-info.org');

    // Citing a recommendation inserts its paragraph, linked, and its text where the caret is.
    await charterText(alice.page).locator('ol li').first().click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.type(' See ');
    await alice.page.getByLabel('Search recommendations').fill('Optional Protocol to the Convention against Torture');
    await alice.page.getByRole('button', { name: /^Cite / }).first().click();
    await expect.poll(() => charterText(bob.page).locator('ol li a').first().getAttribute('href')).toMatch(/^#recommendation\//);
    expect(await textsOf(charterText(bob.page).locator('ol li'))).toEqual([expect.stringMatching(/^Ratify the Optional Protocol to the Convention against Torture\. See \d+\.\d+ — “.+”/)]);

    // In amendment mode a participant's text box takes no typing (the server would refuse it), until the mode is left;
    // the facilitator still writes.
    await facilitator.page.getByRole('button', { name: 'Switch to amendment mode' }).click();
    await expect.poll(() => charterText(bob.page).getAttribute('contenteditable')).toBe('false');
    expect(await charterText(facilitator.page).getAttribute('contenteditable')).toBe('true');
    await facilitator.page.getByRole('button', { name: 'Leave amendment mode' }).click();
    await expect.poll(() => charterText(bob.page).getAttribute('contenteditable')).toBe('true');

    // The others' carets carry their server-stamped names.
    await charterText(bob.page).click();
    await expect.poll(() => alice.page.locator('.charter-caret__label').allTextContents()).toContainEqual(expect.stringContaining('Bat-Erdene'));
    // At the right end of a line, under a line of text, the label stays in the box and over no letter.
    await charterText(bob.page).locator('ol li').first().click();
    await bob.page.keyboard.press('End');
    await expect.poll(async () => (await caretLabelsPlacement(alice.page)).filter((label) => !label.inside || label.coversText)).toEqual([]);

    await saveScreenshot(alice.page, 'charter-drafting');
    await expectNoSeriousA11yViolations(alice.page);
  });

  it('a yes/no vote opened from the console is cast by the participants, closed, and its result shown', async () => {
    const { alice, bob, facilitator } = await charterRoom();
    const question = 'Do we hold the dialogue day in November?';
    const consolePage = facilitator.page;
    await consolePage.getByRole('button', { name: 'Open a vote' }).click();
    await consolePage.getByLabel('Question').fill(question);
    await saveScreenshot(consolePage, 'charter-console-vote-form');
    await consolePage.getByRole('button', { name: 'Open the vote' }).click();

    await castBallot(alice.page, question, 'Yes');
    await castBallot(bob.page, question, 'No');
    await bob.page.getByRole('article', { name: question }).getByRole('radio', { name: 'Yes' }).check();
    await bob.page.getByRole('article', { name: question }).getByRole('button', { name: 'Replace my ballot' }).click();
    await bob.page.getByRole('article', { name: question }).getByText('Your new ballot replaces the previous one.').waitFor();

    const consoleCard = consolePage.getByTestId('votes-panel').getByRole('article', { name: question });
    await expect.poll(() => consoleCard.getByTestId('vote-turnout').textContent()).toBe('2 of 2 have voted');
    await consoleCard.getByRole('button', { name: `Close the vote “${question}”` }).click();

    for (const page of [consolePage, alice.page]) {
      const result = page.getByRole('article', { name: question }).getByTestId('vote-result').first();
      await expect.poll(() => result.textContent()).toContain('Passed');
      await expect.poll(() => result.getByRole('row', { name: /Yes/ }).textContent()).toContain('2');
    }
    await saveScreenshot(consolePage, 'charter-console-vote');
  });

  it('ranking and dot-vote ballots are built with buttons, within the dots a ballot has', async () => {
    const { alice, bob, facilitator } = await charterRoom();
    const consolePage = facilitator.page;
    await consolePage.getByRole('button', { name: 'Open a vote' }).click();
    await consolePage.getByLabel('Kind of vote').selectOption('ranking');
    await consolePage.getByLabel('Question').fill('Which theme first?');
    await consolePage.getByLabel('Options, one per line').fill('Torture\nMining\nHealth');
    await consolePage.getByRole('button', { name: 'Open the vote' }).click();

    const ranking = alice.page.getByRole('article', { name: 'Which theme first?' });
    await ranking.getByRole('button', { name: 'Move Health up' }).click();
    await ranking.getByRole('button', { name: 'Move Health up' }).click();
    await expect.poll(() => alice.page.evaluate('document.activeElement?.getAttribute("aria-label")')).toBe('Move Health down');
    await ranking.getByRole('button', { name: 'Cast my ballot' }).click();
    await ranking.getByText('Your ballot counts.').waitFor();
    await expect.poll(() => ranking.getByTestId('ballot-status').textContent()).toContain('Health > Torture > Mining');
    await consolePage.getByRole('button', { name: 'Close the vote “Which theme first?”' }).click();
    await expect.poll(() => alice.page.getByTestId('vote-result').textContent()).toContain('Most support: Health');

    await consolePage.getByRole('button', { name: 'Open a vote' }).click();
    await consolePage.getByLabel('Kind of vote').selectOption('dots');
    await consolePage.getByLabel('Question').fill('Where do we put our effort?');
    await consolePage.getByLabel('Options, one per line').fill('Torture\nMining\nHealth');
    await consolePage.getByLabel('Dots per ballot').fill('2');
    await consolePage.getByRole('button', { name: 'Open the vote' }).click();

    const dots = bob.page.getByRole('article', { name: 'Where do we put our effort?' });
    await dots.getByRole('button', { name: 'Add a dot to Mining' }).click();
    // Without stacking, an option takes one dot; the second dot goes elsewhere, and then none are left.
    expect(await dots.getByRole('button', { name: 'Add a dot to Mining' }).isDisabled()).toBe(true);
    await dots.getByRole('button', { name: 'Add a dot to Health' }).click();
    expect(await dots.getByTestId('dots-left').textContent()).toBe('0 dots left');
    expect(await dots.getByRole('button', { name: 'Add a dot to Torture' }).isDisabled()).toBe(true);
    await dots.getByRole('button', { name: 'Remove a dot from Health' }).click();
    await dots.getByRole('button', { name: 'Add a dot to Torture' }).click();
    await dots.getByRole('button', { name: 'Cast my ballot' }).click();
    await dots.getByText('Your ballot counts.').waitFor();
    await consolePage.getByRole('button', { name: 'Close the vote “Where do we put our effort?”' }).click();
    const result = consolePage.getByTestId('votes-panel').getByRole('article', { name: 'Where do we put our effort?' });
    await expect.poll(() => result.getByRole('row', { name: /Mining/ }).textContent()).toContain('1');
    expect(await result.getByRole('row', { name: /Health/ }).textContent()).toContain('0');
  });

  it('a failed adoption vote leaves the charter frozen until the facilitator unfreezes it for more drafting', async () => {
    const { workshop, alice, bob, facilitator } = await charterRoom();
    await draftFirstPriority(alice.page, bob.page);
    const adoption = 'Adoption of the charter: Do we adopt this charter?';
    await facilitator.page.getByRole('button', { name: 'Put the charter to an adoption vote' }).click();
    await expect.poll(() => charterText(alice.page).getAttribute('contenteditable')).toBe('false');
    // One ballot per organisation: a second delegate of Alice's organisation sees hers and casts none.
    const carol = await joinAsParticipant(browser, server, workshop.joinCode, 'Carol Dash', 'Women for Change');
    await castBallot(alice.page, adoption, 'No');
    const carolCard = carol.page.getByRole('article', { name: adoption });
    await expect.poll(() => carolCard.getByTestId('ballot-status').textContent()).toContain('Your organisation has voted (by Alice Bold).');
    expect(await carolCard.getByRole('button', { name: /ballot/ }).count()).toBe(0);
    await carol.context.close();
    await castBallot(bob.page, adoption, 'No');
    await facilitator.page.getByRole('button', { name: 'Close the vote “Do we adopt this charter?”' }).click();

    await expect.poll(() => bob.page.getByTestId('charter-standing').getAttribute('data-standing')).toBe('failed');
    expect(await charterText(bob.page).getAttribute('contenteditable')).toBe('false');
    await facilitator.page.getByRole('button', { name: 'Unfreeze and keep drafting' }).click();
    await expect.poll(() => charterText(bob.page).getAttribute('contenteditable')).toBe('true');
    await typeAtEnd(bob.page, ' Reviewed once more.');
    await expect.poll(() => charterText(alice.page).textContent()).toContain('Reviewed once more.');
  });

  it('the adoption vote freezes the charter with the server’s hash on every screen, adopts it, and organisations sign', async () => {
    const { workshop, state, alice, bob, facilitator } = await charterRoom();
    await draftFirstPriority(alice.page, bob.page);
    await typeAtEnd(bob.page, ' Reviewed once more.');
    await expect.poll(() => charterText(alice.page).textContent()).toContain('Reviewed once more.');
    const adoption = 'Adoption of the charter: Do we adopt this charter?';
    const projector = await openProjector(browser, server, workshop);
    await facilitator.page.getByRole('button', { name: 'Put the charter to an adoption vote' }).click();

    await waitFor(() => state().charter.adoptionVoteId !== null && state().votes.some((v) => v.id === state().charter.adoptionVoteId && v.charterHash !== null), 'the adoption vote');
    const vote = state().votes.find((v) => v.id === state().charter.adoptionVoteId);
    const serverHash = vote?.charterHash ?? '';
    expect(serverHash).toMatch(/^[0-9a-f]{64}$/);

    for (const page of [alice.page, bob.page, facilitator.page]) {
      await expect.poll(() => charterText(page).getAttribute('contenteditable')).toBe('false');
      await expect.poll(() => page.getByTestId('charter-standing').getAttribute('data-standing')).toBe('under-vote');
      await expect.poll(() => page.getByTestId('charter-local-hash').textContent()).toBe(serverHash);
      expect(await page.getByTestId('charter-server-hash').textContent()).toBe(serverHash);
      expect(await page.getByTestId('charter-hash-verdict').getAttribute('data-same')).toBe('true');
    }
    for (const page of [alice.page, bob.page]) await expect.poll(() => page.getByTestId('ballot-charter-hash').textContent()).toContain(serverHash);
    // Typing into the frozen charter changes nothing.
    await charterText(alice.page).click();
    await alice.page.keyboard.type('sneaky edit');
    expect(await charterText(alice.page).textContent()).not.toContain('sneaky edit');

    await castBallot(alice.page, adoption, 'Yes');
    await castBallot(bob.page, adoption, 'Yes');
    await facilitator.page.getByRole('button', { name: 'Close the vote “Do we adopt this charter?”' }).click();

    await waitFor(() => state().charter.adopted !== null, 'the adoption');
    const adopted = state().charter.adopted;
    expect(adopted?.hash).toBe(serverHash);
    expect(createHash('sha256').update(adopted?.text ?? '', 'utf8').digest('hex')).toBe(serverHash);
    expect(adopted?.text).toMatch(/^1\. Ratify the Optional Protocol to the Convention against Torture\.$/m);
    expect(adopted?.text).toContain('Reviewed once more.');

    await expect.poll(() => bob.page.getByTestId('charter-standing').getAttribute('data-standing')).toBe('adopted');
    expect(await bob.page.getByTestId('charter-local-hash').textContent()).toBe(serverHash);
    // Adopted, the charter invites no more amendments, and nothing says it is merely locked.
    await expect.poll(() => bob.page.getByRole('region', { name: 'Amendments' }).getByRole('status').first().textContent()).toBe('The charter is adopted: it takes no more amendments.');
    expect(await bob.page.getByTestId('locked-notice').count()).toBe(0);
    await expect.poll(() => projector.page.getByTestId('projector-adoption').textContent()).toBe('The charter is adopted');
    // The wall says the verdict once (the vote card); the charter's banner gives its date instead.
    await expect.poll(() => projector.page.getByTestId('charter-projection').textContent()).toMatch(/Adopted on .+\. This text is frozen for good\./);
    expect(await projector.page.getByText('The charter is adopted', { exact: true }).count()).toBe(1);
    expect(await projector.page.getByTestId('vote-result-hash').textContent()).toContain(serverHash);
    await expect.poll(() => projector.page.getByTestId('charter-projection').textContent()).toContain('Reviewed once more.');

    await alice.page.getByRole('button', { name: 'Sign for Women for Change' }).click();
    await expect.poll(() => bob.page.getByTestId('signatories').textContent()).toContain('Women for Change — signed by Alice Bold');
    await expect.poll(() => alice.page.getByRole('button', { name: 'Sign for Women for Change' }).count()).toBe(0);
    await bob.page.getByRole('button', { name: 'Sign for Mongolian Bar Association' }).click();
    await expect.poll(() => alice.page.getByTestId('signatories').locator('li').count()).toBe(2);
    await expect.poll(() => projector.page.getByTestId('signatories').locator('li').count()).toBe(2);
    // The watcher's own socket may hear the second signature a moment after the pages do.
    await expect.poll(() => state().charter.signatories.map((s) => s.organisation).sort()).toEqual(['Mongolian Bar Association', 'Women for Change']);

    await saveScreenshot(bob.page, 'charter-adopted');
    await saveScreenshot(projector.page, 'charter-adopted-projector');
    await expectNoSeriousA11yViolations(bob.page);
    await expectNoSeriousA11yViolations(facilitator.page);
    await expectNoSeriousA11yViolations(projector.page);
    await projector.context.close();
  });

  it.skipIf(lanAddress() === null)('a participant on a plain-http LAN address, without SubtleCrypto, computes the same hash', async () => {
    const { workshop, state } = await charterWorkshop();
    const lanServer = { ...server, url: server.url.replace(/\/\/[^:/]+/, `//${lanAddress()}`) };
    const dorj = await joinAsParticipant(browser, lanServer, workshop.joinCode, 'Dorj', 'Globe International');
    const facilitator = await openConsole(browser, server, workshop);
    expect(await dorj.page.evaluate('window.isSecureContext')).toBe(false);
    expect(await dorj.page.evaluate('typeof crypto.subtle')).toBe('undefined');
    await dorj.page.getByRole('button', { name: 'Start from the charter template' }).click();
    await expect.poll(() => charterText(facilitator.page).textContent()).toContain('Agreed priorities');
    await facilitator.page.getByRole('button', { name: 'Put the charter to an adoption vote' }).click();
    await waitFor(() => state().votes.some((v) => v.id === state().charter.adoptionVoteId && v.charterHash !== null), 'the adoption vote');
    const serverHash = state().votes.find((v) => v.id === state().charter.adoptionVoteId)?.charterHash ?? '';
    await expect.poll(() => dorj.page.getByTestId('charter-local-hash').textContent()).toBe(serverHash);
    expect(await dorj.page.getByTestId('charter-hash-verdict').getAttribute('data-same')).toBe('true');
    await Promise.all([dorj.context.close(), facilitator.context.close()]);
  });
});
