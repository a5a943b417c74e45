/**
 * Who received which edit, and how long after it was sent. All clients live in this one
 * process, so send and receive times come from the same monotonic clock. Each receiver counts
 * an edit once; a writer's own echo is not a delivery.
 */
export class DeliveryLog {
  private readonly sentAt: Float64Array;
  private readonly writerOf: Int32Array;
  private readonly seen: Uint8Array[];
  private readonly latencies: Float64Array;
  private measuredCount = 0;
  private frozen = false;
  /** Per receiver group (e.g. the instance a receiver is on): its measured latencies. */
  private readonly byGroup: number[][];
  duplicates = 0;

  constructor(
    readonly totalEdits: number,
    readonly receivers: number,
    /** Edits with ids in [measuredFrom, totalEdits) are measured; earlier ones are warm-up. */
    readonly measuredFrom: number,
    /** The group of each receiver, when the figures are wanted per group too. */
    private readonly groupOf: readonly number[] = [],
  ) {
    this.sentAt = new Float64Array(totalEdits).fill(Number.NaN);
    this.writerOf = new Int32Array(totalEdits).fill(-1);
    this.seen = Array.from({ length: receivers }, () => new Uint8Array(totalEdits));
    this.latencies = new Float64Array(this.expectedDeliveries);
    this.byGroup = Array.from({ length: Math.max(0, ...groupOf) + 1 }, () => []);
  }

  /** Measured edits × every client but the writer. */
  get expectedDeliveries(): number {
    return (this.totalEdits - this.measuredFrom) * (this.receivers - 1);
  }

  get delivered(): number {
    return this.measuredCount;
  }

  recordSend(id: number, writer: number, now: number): void {
    this.sentAt[id] = now;
    this.writerOf[id] = writer;
  }

  recordReceipt(receiver: number, id: number, now: number): void {
    if (this.frozen || id >= this.totalEdits) return;
    const sent = this.sentAt[id] ?? Number.NaN;
    const seen = this.seen[receiver];
    if (Number.isNaN(sent) || !seen || this.writerOf[id] === receiver) return;
    if (seen[id]) {
      this.duplicates += 1;
      return;
    }
    seen[id] = 1;
    if (id < this.measuredFrom) return;
    this.latencies[this.measuredCount] = now - sent;
    this.measuredCount += 1;
    const group = this.groupOf[receiver];
    if (group !== undefined) this.byGroup[group]?.push(now - sent);
  }

  /** Measured latencies of one group's receivers, sorted ascending. */
  sortedGroupLatencies(group: number): Float64Array {
    return Float64Array.from(this.byGroup[group] ?? []).sort();
  }

  /** Measured edits × the group's receivers (a writer's own edits not counted). */
  expectedForGroup(group: number, isWriter: (receiver: number) => boolean, writers: number): number {
    const members = this.groupOf.flatMap((g, receiver) => (g === group ? [receiver] : []));
    const measured = this.totalEdits - this.measuredFrom;
    // Edits go round-robin over the writers, so each writer wrote about 1/writers of them.
    return members.reduce((sum, receiver) => sum + (isWriter(receiver) ? measured - measured / writers : measured), 0);
  }

  /** Stops counting: receipts after the drain are not deliveries of the measured window. */
  freeze(): void {
    this.frozen = true;
  }

  /** Measured latencies in milliseconds, sorted ascending. */
  sortedLatencies(): Float64Array {
    return this.latencies.slice(0, this.measuredCount).sort();
  }
}
