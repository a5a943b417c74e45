/**
 * A demo workshop with content in every section, a current session, attendance, an adopted
 * charter in Mongolian and English and signatures: what the export and restore tests read.
 * Content is written with `rooms.change` (the server's own store-then-relay path) and the
 * control channel, as people would make it.
 */
import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { CreateWorkshopResponse, Identity } from '../../shared/api.js';
import { CHARTER_FRAGMENT } from '../../shared/charterText.js';
import { addCluster, recommendationsOf, setCluster } from '../../shared/recommendations.js';
import { cardEvidence, cardLinks, cardThemes, setCardAssessment, setListed } from '../../shared/experienceFollowUp.js';
import { cardsOf } from '../../shared/experiences.js';
import { rowsOf } from '../../shared/sharedRows.js';
import { addPlanRow } from '../../shared/plan.js';
import { documentName } from '../../shared/sections.js';
import { addActivity } from '../../shared/strategy.js';
import { joinWorkshop } from './api.js';
import { type ControlClient, connectControl } from './controlClient.js';
import type { startTestServer } from './testServer.js';
import { waitFor } from './waitFor.js';

export const XSS = '<img src=x onerror=alert(1)> [click](javascript:alert(1))';
export const FORMULA = '=HYPERLINK("http://evil.example","x")';
export const CHARTER_MN = 'Бид хүний эрхийг хамгаална';
export const CHARTER_EN = 'We protect human rights defenders';

type Server = Awaited<ReturnType<typeof startTestServer>>;

function element(name: string, text: string, attributes: Record<string, string> = {}): Y.XmlElement {
  const node = new Y.XmlElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  node.insert(0, [new Y.XmlText(text)]);
  return node;
}

function writeCharter(doc: Y.Doc): void {
  const list = new Y.XmlElement('orderedList');
  list.insert(0, ['Эмэгтэйчүүдийн эрхийг хангах', 'Ratify OP-CAT', CHARTER_EN].map((text) => {
    const item = new Y.XmlElement('listItem');
    item.insert(0, [element('paragraph', text)]);
    return item;
  }));
  doc.getXmlFragment(CHARTER_FRAGMENT).insert(0, [
    element('heading', 'Үр дүнгийн харти — Outcome charter', { level: '1' }),
    element('paragraph', `${CHARTER_MN}. We agree on these priorities.`),
    element('heading', 'Priorities', { level: '2' }),
    list,
    element('paragraph', XSS),
  ]);
}

/** Builds the workshop; the returned clients are closed by `cleanups`. */
export async function richWorkshop(server: Server, cleanups: (() => unknown)[]): Promise<{ workshop: CreateWorkshopResponse; clients: ControlClient[] }> {
  const response = await fetch(`${server.url}/api/workshops/demo`, { method: 'POST', headers: { authorization: `Bearer ${server.organiserKey}` } });
  const workshop = (await response.json()) as CreateWorkshopResponse;
  const organiser: Identity = { role: 'organiser', workshopId: workshop.id, participantId: null, name: 'Organiser', organisation: null };
  const connect = async (token: string) => {
    const client = connectControl(server.url, token);
    cleanups.push(() => client.close());
    await waitFor(() => client.latest() !== null, 'first state');
    return client;
  };
  const facilitator = await connect(workshop.facilitatorToken);
  const firstSession = facilitator.latest()!.agenda.days[0]!.sessions[0]!.id;
  await facilitator.send('stage:go', { sessionId: firstSession });
  await facilitator.send('roster:mark-returning', { organisation: 'MONFEMNET', returning: true });
  const people = [
    ['Сарангэрэл', 'MONFEMNET'], ['Bold', 'MONFEMNET'], ['Tuya', 'Globe International'],
  ] as const;
  const clients: ControlClient[] = [facilitator];
  for (const [name, organisation] of people) clients.push(await connect((await joinWorkshop(server.url, workshop, name, organisation)).token));
  await waitFor(() => facilitator.latest()!.presence.filter((p) => p.role === 'participant').length === 3, 'everyone present');

  let torture = '';
  let clustered: string[] = [];
  await server.rooms.change(documentName(workshop.id, 'recommendations'), organiser, (doc) => {
    const cluster = addCluster(doc, 'Torture: prevention [OP-CAT]');
    clustered = [...recommendationsOf(doc).keys()].slice(0, 3);
    torture = clustered[0]!;
    for (const key of clustered) setCluster(recommendationsOf(doc).get(key)!, cluster);
  });
  await facilitator.send('priority:set', { priorities: Object.fromEntries(clustered.map((key) => [key, 'high'])) });
  await server.rooms.change(documentName(workshop.id, 'experiences'), organiser, (doc) => {
    const card = cardsOf(doc).get(0);
    setListed(cardLinks(card), torture, true);
    setCardAssessment(card, 'partial');
    setListed(cardThemes(card), 'Torture', true);
    setListed(cardThemes(card), 'Justice', true);
    cardEvidence(card).insert(0, FORMULA);
  });
  await server.rooms.change(documentName(workshop.id, 'plan'), organiser, (doc) => {
    // The demo's example rows go, so the tests know every plan row and its place.
    rowsOf(doc).delete(0, rowsOf(doc).length);
    addPlanRow(doc, {
      recommendationKeys: [torture],
      texts: { governmentActions: 'Ратифицировать OP-CAT', responsibleBody: FORMULA, csoLead: XSS, indicators: 'Law adopted', baseline: 'Not ratified (2015)', indicatorSource: 'UN Treaty Collection' },
    });
    addPlanRow(doc, { texts: { governmentActions: 'Train police', timeline: '2016' } });
  });
  await server.rooms.change(documentName(workshop.id, 'strategy'), organiser, (doc) => {
    rowsOf(doc).delete(0, rowsOf(doc).length);
    addActivity(doc, { recommendationKeys: [torture], target: 'parliament', milestoneDate: '2016-06-01', texts: { activity: '+cmd|calc', leadOrganisation: 'MONFEMNET' } });
  });
  await server.rooms.change(documentName(workshop.id, 'charter'), organiser, writeCharter);

  const opened = (await facilitator.send('vote:open', {
    kind: 'yesno', question: 'Adopt the outcome charter?', franchise: 'organisation', secret: true, showResults: 'after', threshold: 'two-thirds', adopt: 'charter',
  } as never)) as unknown as { voteId: string };
  for (const client of [clients[1]!, clients[3]!]) await client.send('vote:cast', { voteId: opened.voteId, choice: 'yes' as never, requestId: randomUUID() });
  await facilitator.send('vote:close', { voteId: opened.voteId });
  await waitFor(() => facilitator.latest()!.charter.adopted !== null, 'the charter adopted');
  await clients[1]!.send('charter:sign');
  await clients[3]!.send('charter:sign');
  return { workshop, clients };
}
