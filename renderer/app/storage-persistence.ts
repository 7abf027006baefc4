import { create } from 'zustand';

export type PersistenceState = 'granted' | 'denied' | 'unsupported' | 'pending';

interface StorageInfo {
  persistence: PersistenceState;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export const useStorageInfo = create<StorageInfo>(() => ({ persistence: 'pending', usageBytes: null, quotaBytes: null }));

/**
 * Ask the browser not to evict our data under storage pressure. Without it a
 * full disk could silently drop unsynced inspections, so the answer is shown.
 */
export async function requestPersistence(storage: StorageManager | undefined = navigator.storage): Promise<PersistenceState> {
  if (typeof storage.persist !== 'function') {
    useStorageInfo.setState({ persistence: 'unsupported' });
    return 'unsupported';
  }
  let persistence: PersistenceState;
  try {
    persistence = (await storage.persisted()) || (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    persistence = 'unsupported';
  }
  const estimate = await storage.estimate().catch(() => ({ usage: undefined, quota: undefined }));
  useStorageInfo.setState({ persistence, usageBytes: estimate.usage ?? null, quotaBytes: estimate.quota ?? null });
  return persistence;
}
