/**
 * Imports a recommendations file into a workshop's Recommendations document. The whole file is
 * read before anything is written; the merge then goes through the room like any edit (stored
 * before anyone sees it), so connected participants see the recommendations appear.
 */
import type { Identity } from '../../shared/api.js';
import type { ImportIssue, ImportRecommendationsResponse } from '../../shared/recommendationImport.js';
import type { Review } from '../../shared/recommendations.js';
import { documentName } from '../../shared/sections.js';
import type { RoomRegistry } from '../collaboration/RoomRegistry.js';
import { applyImport, type MergeCounts } from '../importers/applyImport.js';
import { importRecommendations } from '../importers/importRecommendations.js';

export type ImportOutcome = { ok: true; result: ImportRecommendationsResponse } | { ok: false; errors: ImportIssue[] };

/** Imports one at a time per document: two imports reading the same state would both create the same entries. */
const queues = new Map<string, Promise<unknown>>();

/** Reads `bytes` and merges them as `review`; refuses the whole file when any part is unreadable. */
export async function importRecommendationsFile(
  rooms: RoomRegistry,
  identity: Identity,
  input: { bytes: Uint8Array; contentType: string | undefined; review: Review },
): Promise<ImportOutcome> {
  const parsed = await importRecommendations(input.bytes, { review: input.review, contentType: input.contentType });
  if (parsed.errors.length > 0) return { ok: false, errors: parsed.errors };
  const name = documentName(identity.workshopId, 'recommendations');
  const counts = await oneAtATime(name, async () => {
    let merged: MergeCounts = { imported: 0, updated: 0, unchanged: 0 };
    await rooms.change(name, identity, (doc) => (merged = applyImport(doc, parsed.recommendations)));
    return merged;
  });
  return { ok: true, result: { ...counts, skipped: parsed.skipped, errors: parsed.warnings } };
}

async function oneAtATime<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = queues.get(key) ?? Promise.resolve();
  const next = previous.then(task);
  const settled = next.catch(() => undefined);
  queues.set(key, settled);
  void settled.then(() => {
    if (queues.get(key) === settled) queues.delete(key);
  });
  return next;
}
