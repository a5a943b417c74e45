/**
 * Builds the storm's room content deterministically: recommendation-like entries (title, body,
 * author) written by several authors, then edits — mostly words typed into bodies, some
 * deletions and title fixes — grouped into transactions of `editsPerMessage` edits each.
 */
import * as Y from 'yjs';
import type { StormPlan } from '../protocol.js';
import { seededRandom } from './rng.js';

const WORDS = ['civil', 'society', 'monitoring', 'report', 'ministry', 'budget', 'women', 'rights', 'follow-up', 'review', 'access', 'justice', 'training', 'indicator', 'by 2027'];

/** The prefill document and the updates that build it. */
export interface Prefill {
  doc: Y.Doc;
  /** One update per transaction, in order. */
  updates: Uint8Array[];
}

type Entry = Y.Map<unknown>;

/** Builds the same prefill for the same seed, every run. */
export function buildPrefill(plan: Pick<StormPlan, 'entries' | 'edits' | 'editsPerMessage' | 'authors' | 'seed'>): Prefill {
  const random = seededRandom(plan.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const entries = doc.getArray<Entry>('entries');
  let edits = 0;
  for (let batch = 0; edits < plan.edits; batch++) {
    // Each transaction is one author's, so the state has many clients, as a real room does.
    doc.clientID = 1_000 + (batch % plan.authors);
    doc.transact(() => {
      for (let i = 0; i < plan.editsPerMessage && edits < plan.edits; i++, edits++) {
        if (entries.length < plan.entries) createEntry(entries, edits, pick);
        else editEntry(pick(entries.toArray()), random, pick);
      }
    });
  }
  return { doc, updates };
}

function createEntry(entries: Y.Array<Entry>, n: number, pick: <T>(items: readonly T[]) => T): void {
  const entry = new Y.Map<unknown>();
  entries.push([entry]);
  entry.set('title', new Y.Text(`Recommendation ${n + 1}: ${pick(WORDS)} ${pick(WORDS)}`));
  entry.set('body', new Y.Text());
  entry.set('author', `participant-${n % 37}`);
  entry.set('votes', 0);
}

function editEntry(entry: Entry, random: () => number, pick: <T>(items: readonly T[]) => T): void {
  const body = entry.get('body') as Y.Text;
  const title = entry.get('title') as Y.Text;
  const roll = random();
  if (roll < 0.7) body.insert(Math.floor(random() * (body.length + 1)), `${pick(WORDS)} `);
  else if (roll < 0.85) body.insert(body.length, `${pick(WORDS)} `);
  else if (roll < 0.95 && body.length > 5) body.delete(Math.floor(random() * (body.length - 5)), 1 + Math.floor(random() * 5));
  else title.insert(title.length, random() < 0.5 ? '.' : ` ${pick(WORDS)}`);
}
