/**
 * Sets of Yjs ids as sorted, disjoint clock ranges per client: how the tracker remembers which
 * deletions it has seen. A delete set can name any client's items, in any order, so a plain
 * state vector (one clock per client) cannot describe it.
 */

/** [start, end) clock ranges of one client, sorted and never overlapping or touching. */
type Ranges = Array<[number, number]>;

/** Ids as clock ranges per client. */
export class ClockRanges {
  private readonly clients = new Map<number, Ranges>();

  /** Adds the clocks [clock, clock + length) of a client. */
  add(client: number, clock: number, length: number): void {
    if (length <= 0) return;
    const ranges = this.clients.get(client) ?? [];
    let start = clock;
    let end = clock + length;
    const kept: Ranges = [];
    for (const range of ranges) {
      // Merge anything overlapping or adjacent; keep the rest as is.
      if (range[1] < start || range[0] > end) kept.push(range);
      else {
        start = Math.min(start, range[0]);
        end = Math.max(end, range[1]);
      }
    }
    kept.push([start, end]);
    kept.sort((a, b) => a[0] - b[0]);
    this.clients.set(client, kept);
  }

  /** Adds every range of a Yjs delete set (`Y.decodeUpdate(u).ds.clients`). */
  addDeleteSet(deleteSet: Map<number, ReadonlyArray<{ clock: number; len: number }>>): void {
    for (const [client, items] of deleteSet) for (const item of items) this.add(client, item.clock, item.len);
  }

  /** True when [clock, clock + length) of the client is wholly in the set. */
  covers(client: number, clock: number, length: number): boolean {
    if (length <= 0) return true;
    const ranges = this.clients.get(client) ?? [];
    return ranges.some(([start, end]) => start <= clock && clock + length <= end);
  }

  /** True when every id here is also in `other`. */
  isSubsetOf(other: ClockRanges): boolean {
    for (const [client, ranges] of this.clients) {
      for (const [start, end] of ranges) if (!other.covers(client, start, end - start)) return false;
    }
    return true;
  }

  /** True when the set holds no id. */
  get isEmpty(): boolean {
    return this.clients.size === 0;
  }
}
