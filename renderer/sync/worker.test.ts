import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDatabase } from '../db';
import { steppingClock } from '../db/testing/fixtures';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { engineFor, enrolled, fieldDb, sealedWithPhotos } from './testing/sync-fixtures';
import { createSyncWorker, type SyncWorkerEnv } from './worker';
import type { SyncUiState } from './sync-store';
import type { SyncEngine } from './engine';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;

beforeEach(async () => {
  db = await fieldDb(`sync-worker-${++n}`);
  hq = await createFakeHq();
  await enrolled(db, hq);
  await sealedWithPhotos(db, steppingClock(), 0);
});
afterEach(async () => {
  await db.delete();
});

function harness(online = true) {
  const { engine, time } = engineFor(db, hq);
  let concurrent = 0;
  let maxConcurrent = 0;
  let runs = 0;
  const counted: SyncEngine = {
    ...engine,
    runOnce: async () => {
      runs++;
      maxConcurrent = Math.max(maxConcurrent, ++concurrent);
      try {
        return await engine.runOnce();
      } finally {
        concurrent--;
      }
    },
  };
  const listeners: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const state = { online };
  const env: SyncWorkerEnv = {
    isOnline: () => state.online,
    onOnline: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
    setTimer: (run, ms) => timers.push({ run, ms }),
    clearTimer: () => undefined,
    now: () => time.now,
  };
  const reports: Partial<SyncUiState>[] = [];
  const worker = createSyncWorker(counted, db, env, (patch) => reports.push(patch));
  return { worker, state, listeners, timers, reports, time, stats: () => ({ runs, maxConcurrent }) };
}

describe('sync worker', () => {
  it('runs one pass at a time; a request during a run makes exactly one more', async () => {
    const h = harness();
    await Promise.all([h.worker.run(), h.worker.run(), h.worker.run()]);
    expect(h.stats()).toEqual({ runs: 2, maxConcurrent: 1 });
    expect((await db.outbox.toArray())[0]?.state).toBe('synced');
    expect(h.reports.at(-1)).toMatchObject({ running: false });
    h.worker.stop();
  });

  it('does not run offline, says so, and runs when the browser comes back online', async () => {
    const h = harness(false);
    await h.worker.run();
    expect(h.stats().runs).toBe(0);
    expect(h.reports).toContainEqual({ lastError: 'offline' });
    h.state.online = true;
    for (const listener of h.listeners) listener();
    await h.worker.run();
    expect(h.stats().runs).toBeGreaterThan(0);
    expect((await db.outbox.toArray())[0]?.state).toBe('synced');
    h.worker.stop();
  });

  it('"Sync now" sends at once what backoff was holding back', async () => {
    const h = harness();
    hq.faults.failNext = { count: 1, status: 503 };
    await h.worker.run();
    const [waiting] = await db.outbox.toArray();
    expect(waiting?.nextAttemptAt).toBeGreaterThan(h.time.now);
    expect(h.reports).toContainEqual({ lastError: null });
    await h.worker.syncNow();
    expect((await db.outbox.toArray())[0]?.state).toBe('synced');
    h.worker.stop();
  });

  it('reports HQ unreachable and schedules the next run no sooner than a second', async () => {
    const h = harness();
    hq.faults.down = true;
    await h.worker.run();
    expect(h.reports).toContainEqual({ lastError: 'hq_unreachable' });
    expect(h.timers.at(-1)?.ms).toBeGreaterThanOrEqual(1_000);
    h.worker.stop();
  });
});
