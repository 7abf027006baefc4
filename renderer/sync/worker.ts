import { liveQuery } from 'dexie';
import type { FieldDatabase } from '../db';
import { clearBackoff, earliestNextAttempt } from '../db/repositories/outbox';
import type { SyncEngine, SyncRunSummary } from './engine';
import type { SyncUiState } from './sync-store';

/** What the worker needs from its surroundings; the app passes the window's, tests their own. */
export interface SyncWorkerEnv {
  isOnline(): boolean;
  /** Subscribe to the browser's `online` event; returns the unsubscribe. */
  onOnline(listener: () => void): () => void;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  now(): number;
}

/** Never closer than a second apart, and at least every 15 minutes for HQ's templates and decisions. */
const MIN_DELAY_MS = 1_000;
const IDLE_PULL_MS = 15 * 60_000;

/**
 * Runs the engine when it is worth it: at start, when the browser comes
 * online, when the earliest backoff ends, and on "Sync now". One run at a
 * time; a request during a run makes one more run afterwards.
 */
export function createSyncWorker(engine: SyncEngine, db: FieldDatabase, env: SyncWorkerEnv, report: (patch: Partial<SyncUiState>) => void) {
  let running: Promise<void> | null = null;
  let queued = false;
  const takeQueued = (): boolean => {
    const was = queued;
    queued = false;
    return was;
  };
  let timer: unknown = null;
  let earliest: number | undefined;
  let stopped = false;

  function schedule(): void {
    if (timer !== null) env.clearTimer(timer);
    timer = null;
    if (stopped) return;
    const delay = earliest === undefined ? IDLE_PULL_MS : Math.min(IDLE_PULL_MS, Math.max(MIN_DELAY_MS, earliest - env.now()));
    timer = env.setTimer(() => void run(), delay);
  }

  async function once(): Promise<void> {
    if (!env.isOnline()) {
      report({ lastError: 'offline' });
      return;
    }
    report({ running: true });
    try {
      const summary: SyncRunSummary = await engine.runOnce();
      if (summary.outcome === 'completed') await engine.pull();
      report({ lastError: summary.outcome === 'completed' || summary.outcome === 'not_enrolled' ? null : (summary.errorCode ?? summary.outcome) });
    } catch {
      // Storage failed mid-run; every step is in Dexie, so the next run carries on.
      report({ lastError: 'sync_failed' });
    } finally {
      report({ running: false, lastRunAt: env.now(), upload: null });
    }
  }

  function run(): Promise<void> {
    if (running) {
      queued = true;
      return running;
    }
    running = (async () => {
      await once();
      while (takeQueued() && !stopped) await once();
      running = null;
      schedule();
    })();
    return running;
  }

  const subscription = liveQuery(() => earliestNextAttempt(db)).subscribe({
    next: (value) => {
      earliest = value;
      if (!running) schedule();
    },
  });
  const unlisten = env.onOnline(() => void run());

  return {
    run,
    /** The user's "Sync now": backoff waits are cleared, then a run. */
    async syncNow(): Promise<void> {
      await clearBackoff(db, env.now());
      await run();
    },
    stop(): void {
      stopped = true;
      subscription.unsubscribe();
      unlisten();
      if (timer !== null) env.clearTimer(timer);
    },
  };
}

export type SyncWorker = ReturnType<typeof createSyncWorker>;
