/**
 * A demo workshop to show Convene with real content: the default agenda (made by the control
 * channel when the workshop is first opened), Mongolia's 129 recommendations of 2010 as the
 * previous review, a current review to triage, vote on and plan for, and a few example
 * experience cards, plan rows and advocacy activities. The current review is example content
 * (no copy of the 2015 list ships with Convene): each of its recommendations says "Example" and
 * names example states, so no one mistakes it for the real list.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { CreateWorkshopResponse, Identity } from '../../shared/api.js';
import type { LinkBase } from '../../shared/links.js';
import { addCard, cardText } from '../../shared/experiences.js';
import { addPlanRow } from '../../shared/plan.js';
import { recommendationKey, type Review } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import { addActivity } from '../../shared/strategy.js';
import type { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { EXAMPLE_EXPERIENCES } from '../demo/exampleExperiences.js';
import { EXAMPLE_ACTIVITIES, EXAMPLE_PLAN_ROWS } from '../demo/examplePlan.js';
import { applyImport } from '../importers/applyImport.js';
import { importRecommendations } from '../importers/importRecommendations.js';
import type { Store } from '../storage/Store.js';
import { createWorkshop } from './createWorkshop.js';

/** A copy of the real file in shared/data (A/HRC/16/5), shipped with the server so the demo needs nothing else. */
const RECOMMENDATIONS_2010 = path.resolve(import.meta.dirname, '../demo/mongolia-2010-upr-recommendations.csv');
/** Example recommendations in the same UN matrix layout, standing in for the current review. */
const EXAMPLE_CURRENT = path.resolve(import.meta.dirname, '../demo/example-current-recommendations.csv');

async function readDemoReview(file: string, review: Review) {
  const parsed = await importRecommendations(fs.readFileSync(file), { review, contentType: 'text/csv' });
  if (parsed.errors.length > 0) throw new Error(`the demo recommendations do not import: ${parsed.errors[0]?.message}`);
  return parsed.recommendations;
}

export const DEMO_TITLE = 'Demo — UPR follow-up workshop, Mongolia';

/** Creates the demo workshop and fills its documents through the rooms (stored before seen). */
export async function createDemoWorkshop(store: Store, rooms: RoomRegistry, base: LinkBase): Promise<CreateWorkshopResponse> {
  const previous = await readDemoReview(RECOMMENDATIONS_2010, 'previous');
  const current = await readDemoReview(EXAMPLE_CURRENT, 'current');
  const created = await createWorkshop(store, { title: DEMO_TITLE, country: 'Mongolia', startsOn: '2015-05-26', endsOn: '2015-05-28' }, base);
  const organiser: Identity = { role: 'organiser', workshopId: created.id, participantId: null, name: 'Organiser', organisation: null };
  await rooms.change(documentName(created.id, 'recommendations'), organiser, (doc) => {
    applyImport(doc, previous);
    applyImport(doc, current);
  });
  await rooms.change(documentName(created.id, 'experiences'), organiser, (doc) => {
    for (const example of EXAMPLE_EXPERIENCES) {
      const card = addCard(doc, { year: example.year });
      card.set('example', true);
      cardText(card, 'happened').insert(0, example.happened);
      cardText(card, 'outcome').insert(0, example.outcome);
      cardText(card, 'lesson').insert(0, example.lesson);
    }
  });
  // The plan and the strategy work on the current review, as a workshop's day 2 does.
  const keysOf = (refs: readonly string[]) => refs.map((ref) => recommendationKey('current', ref, ''));
  await rooms.change(documentName(created.id, 'plan'), organiser, (doc) => {
    for (const row of EXAMPLE_PLAN_ROWS) addPlanRow(doc, { recommendationKeys: keysOf(row.refs), texts: row.texts, example: true });
  });
  await rooms.change(documentName(created.id, 'strategy'), organiser, (doc) => {
    for (const activity of EXAMPLE_ACTIVITIES) {
      addActivity(doc, { recommendationKeys: keysOf(activity.refs), target: activity.target, milestoneDate: activity.milestoneDate, texts: activity.texts, example: true });
    }
  });
  return created;
}
