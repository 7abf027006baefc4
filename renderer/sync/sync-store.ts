import { create } from 'zustand';

/** The worker's UI state only; what is queued or synced is read from Dexie (useLiveQuery). */
export interface SyncUiState {
  readonly running: boolean;
  /** Epoch ms of the last finished run. */
  readonly lastRunAt: number | null;
  /** Why the last run could not reach HQ (`offline`, `hq_unreachable`, `device_revoked`…), or null. */
  readonly lastError: string | null;
  /** The bundle being uploaded now and how far it is, for the progress bar; null between uploads. */
  readonly upload: { readonly bundleId: string; readonly sentBytes: number; readonly totalBytes: number } | null;
}

export const useSyncStore = create<SyncUiState>(() => ({ running: false, lastRunAt: null, lastError: null, upload: null }));

export const reportSyncState = (patch: Partial<SyncUiState>): void => useSyncStore.setState(patch);
