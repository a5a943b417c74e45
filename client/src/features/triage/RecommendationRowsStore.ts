/**
 * The recommendations of a section document as plain data, kept up to date incrementally: on
 * each change only the entries it touched are read again, and every other entry keeps its
 * object, so memoised table rows skip rendering. With 300 recommendations and a room of 100
 * typing comments, re-reading everything on each keystroke elsewhere is what this avoids.
 */
import * as Y from 'yjs';
import { compareRecommendations, readRecommendation } from '../../../../shared/readRecommendations.js';
import { type RecommendationData, type RecommendationEntry, recommendationsOf } from '../../../../shared/recommendations.js';

/** Live rows of one document; `subscribe` and `snapshot` fit useSyncExternalStore. */
export class RecommendationRowsStore {
  private readonly byKey = new Map<string, RecommendationData>();
  private rows: RecommendationData[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly map: Y.Map<RecommendationEntry>;

  constructor(doc: Y.Doc) {
    this.map = recommendationsOf(doc);
    this.readAll();
  }

  readonly snapshot = (): RecommendationData[] => this.rows;

  /** Observes the document while anyone listens, so an unmounted table costs nothing. */
  readonly subscribe = (listener: () => void): (() => void) => {
    if (this.listeners.size === 0) {
      this.readAll();
      this.map.observeDeep(this.handleChange);
    }
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.map.unobserveDeep(this.handleChange);
    };
  };

  private readAll(): void {
    this.byKey.clear();
    for (const [key, entry] of this.map.entries()) this.byKey.set(key, readRecommendation(key, entry));
    this.rows = [...this.byKey.values()].sort(compareRecommendations);
  }

  private readonly handleChange = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>) => {
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === this.map) for (const key of event.changes.keys.keys()) touched.add(key);
      else if (typeof event.path[0] === 'string') touched.add(event.path[0]);
    }
    if (touched.size === 0) return;
    for (const key of touched) {
      const entry = this.map.get(key);
      if (entry instanceof Y.Map) this.byKey.set(key, readRecommendation(key, entry));
      else this.byKey.delete(key);
    }
    this.rows = [...this.byKey.values()].sort(compareRecommendations);
    for (const listener of this.listeners) listener();
  };
}
