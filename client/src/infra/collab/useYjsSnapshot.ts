/** Reads a Yjs type (or an awareness) into React: the one way views follow a shared value. */
import { useMemo, useSyncExternalStore } from 'react';
import { type SnapshotSpec, SnapshotStore } from './SnapshotStore.js';

/**
 * The live value `spec` reads from `source`. The spec's functions must be stable (module level,
 * or memoised): a new one makes a new store, which reads the source again.
 */
export function useYjsSnapshot<Source, T>(source: Source, { watch, read, same }: SnapshotSpec<Source, T>): T {
  const store = useMemo(() => new SnapshotStore(source, { watch, read, same }), [source, watch, read, same]);
  return useSyncExternalStore(store.subscribe, store.snapshot);
}
