/** A section connection's status for React; 'connecting' while there is no connection yet. */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { SectionConnection } from './SectionConnection.js';
import type { SyncStatus } from './syncStatus.js';

const notYetConnected = createStore<{ status: SyncStatus; synced: boolean }>(() => ({ status: 'connecting', synced: false }));

/** Re-renders when the status changes. */
export function useSyncStatus(connection: SectionConnection | null): SyncStatus {
  return useStore(connection?.status ?? notYetConnected, (state) => state.status);
}

/** Whether the server has synced the section once on this page: false while there is no connection yet. */
export function useSectionSynced(connection: SectionConnection | null): boolean {
  return useStore(connection?.status ?? notYetConnected, (state) => state.synced);
}
