import type { BundleCrypto } from '../../shared/bundle/index';
import { fieldDatabase } from '../db';
import { platformRandomBytes } from '../db/repositories/outbox-entry';
import { webSubtle } from '../app/web-crypto';
import { createSyncEngine } from './engine';
import { reportSyncState } from './sync-store';
import { createSyncWorker, type SyncWorker } from './worker';

/** The page's WebCrypto has X25519, HKDF and AES-GCM too; the cast names the wider slice. */
export const bundleSubtle = webSubtle as unknown as BundleCrypto;

/** The window's fetch, called unbound (a detached `window.fetch` throws "Illegal invocation" in Chromium). */
export const windowFetch = (input: string, init?: RequestInit): Promise<Response> => fetch(input, init);

let worker: SyncWorker | undefined;

/** The app's one sync worker, started after boot. */
export function startSyncWorker(): SyncWorker {
  if (worker) return worker;
  const db = fieldDatabase();
  const engine = createSyncEngine({
    db,
    subtle: bundleSubtle,
    fetch: windowFetch,
    now: Date.now,
    random: Math.random,
    randomBytes: platformRandomBytes,
    onProgress: (upload) => reportSyncState({ upload }),
  });
  worker = createSyncWorker(
    engine,
    db,
    {
      isOnline: () => navigator.onLine,
      onOnline: (listener) => {
        window.addEventListener('online', listener);
        return () => window.removeEventListener('online', listener);
      },
      setTimer: (run, ms) => window.setTimeout(run, ms),
      clearTimer: (handle) => window.clearTimeout(handle as number),
      now: Date.now,
    },
    reportSyncState,
  );
  void worker.run();
  return worker;
}

/** Locking stops the worker: it reads and writes sealed records. The next unlock starts a new one. */
export function stopSyncWorker(): void {
  worker?.stop();
  worker = undefined;
}

export const syncWorker = (): SyncWorker | undefined => worker;
