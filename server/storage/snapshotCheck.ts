/**
 * What a compaction checks before it deletes anything: the new snapshot decodes, and its state
 * vector covers every update it replaces (the old snapshot and the stored updates up to its
 * sequence number). It catches a snapshot taken from a document that lacks part of the stored
 * log, which would otherwise lose those edits for good. Reading the snapshot back from the
 * database in the transaction that wrote it would check nothing: it returns the bytes just written.
 */
import * as Y from 'yjs';

/** Throws, naming the document, unless `snapshot` may replace `replaced`. */
export function checkSnapshotCovers(document: string, snapshot: Uint8Array, replaced: Iterable<Uint8Array>): void {
  let covered: Map<number, number>;
  try {
    // Reads every struct of the snapshot as Y.decodeUpdate does, without building a document.
    covered = Y.decodeStateVector(Y.encodeStateVectorFromUpdate(snapshot));
  } catch (error) {
    throw new Error(`snapshot of ${document} does not decode; updates kept`, { cause: error });
  }
  for (const update of replaced) {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if ((covered.get(client) ?? 0) < clock) {
        throw new Error(`snapshot of ${document} lacks edits of client ${client} it would replace; updates kept`);
      }
    }
  }
}
