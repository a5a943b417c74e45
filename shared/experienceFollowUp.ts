/**
 * What an experience card says about the previous review, added beside the fields of
 * experiences.ts (older cards simply lack them):
 *
 *   card.get('recommendationKeys')  Y.Array<string>: keys of previous-review recommendations
 *   card.get('assessment')          'implemented' | 'partial' | 'not-implemented' | 'unknown' | null
 *   card.get('evidence')            Y.Text: the evidence or source for the assessment, co-edited
 *   card.get('themes')              Y.Array<string>: themes the card is about
 */
import * as Y from 'yjs';
import type { ExperienceCard } from './experiences.js';

/** How far a recommendation of the previous review was implemented, as the room judges it. */
export const ASSESSMENTS = ['implemented', 'partial', 'not-implemented', 'unknown'] as const;
export type Assessment = (typeof ASSESSMENTS)[number];

/** The follow-up fields of a card as plain data. */
export interface CardFollowUpData {
  recommendationKeys: string[];
  assessment: Assessment | null;
  evidence: string;
  themes: string[];
}

/** The card's linked recommendation keys, created when missing. */
export function cardLinks(card: ExperienceCard): Y.Array<string> {
  return childArray(card, 'recommendationKeys');
}

/** The card's themes, created when missing. */
export function cardThemes(card: ExperienceCard): Y.Array<string> {
  return childArray(card, 'themes');
}

/** Adds or removes a string of one of the card's lists (links or themes); no duplicates. */
export function setListed(list: Y.Array<string>, value: string, listed: boolean): void {
  const index = list.toArray().indexOf(value);
  if (listed && index < 0) list.push([value]);
  if (!listed && index >= 0) list.delete(index, 1);
}

/** Sets the assessment; anything else clears it. */
export function setCardAssessment(card: ExperienceCard, assessment: Assessment | null): void {
  card.set('assessment', isAssessment(assessment) ? assessment : null);
}

/** The evidence text, created when missing. */
export function cardEvidence(card: ExperienceCard): Y.Text {
  const existing = card.get('evidence');
  if (existing instanceof Y.Text) return existing;
  const text = new Y.Text(typeof existing === 'string' ? existing : '');
  card.set('evidence', text);
  return text;
}

/** The follow-up fields as plain data; wrong types read as empty. */
export function readCardFollowUp(card: ExperienceCard): CardFollowUpData {
  const assessment = card.get('assessment');
  const evidence = card.get('evidence');
  return {
    recommendationKeys: strings(card.get('recommendationKeys')),
    assessment: isAssessment(assessment) ? assessment : null,
    evidence: evidence instanceof Y.Text ? evidence.toString() : '',
    themes: strings(card.get('themes')),
  };
}

/** True for one of ASSESSMENTS. */
export function isAssessment(value: unknown): value is Assessment {
  return typeof value === 'string' && (ASSESSMENTS as readonly string[]).includes(value);
}

function strings(value: unknown): string[] {
  const items = value instanceof Y.Array ? value.toArray() : [];
  return items.filter((item): item is string => typeof item === 'string');
}

/** The Y.Array under `field`; a missing or foreign value is replaced (a plain array's strings are kept). */
function childArray(card: ExperienceCard, field: string): Y.Array<string> {
  const existing = card.get(field);
  if (existing instanceof Y.Array) return existing as Y.Array<string>;
  const created = new Y.Array<string>();
  if (Array.isArray(existing)) created.push(existing.filter((item): item is string => typeof item === 'string'));
  card.set(field, created);
  return created;
}
