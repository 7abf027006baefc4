import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { testCrypto, testRandomBytes } from '../../shared/bundle/test-support';
import type { FieldDatabase } from '../db';
import { steppingClock } from '../db/testing/fixtures';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { engineFor, enrolled, fieldDb, sealedWithPhotos } from './testing/sync-fixtures';
import { exportBundles } from './export';

/**
 * Issue 8: the device logs no personal data. The static half (no console call in
 * the renderer at all) is electron/device-logs.test.ts; this is the runtime half:
 * a seal, an enrollment, syncs that succeed and fail in every way the engine
 * handles, and an .ikb export, with every console method watched.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace', 'dir', 'table', 'group', 'assert'] as const;
const clock = steppingClock();
let db: FieldDatabase;
let hq: FakeHq;
let n = 0;
let spies: MockInstance<(...data: unknown[]) => void>[] = [];

beforeEach(async () => {
  db = await fieldDb(`device-logs-${String(++n)}`);
  hq = await createFakeHq();
  spies = METHODS.map((method) => vi.spyOn(console, method).mockImplementation(() => undefined));
});
afterEach(async () => {
  for (const spy of spies) spy.mockRestore();
  await db.delete();
});

/** Every console call made since the test started, as `method: arguments`. */
const consoleCalls = (): string[] => spies.flatMap((spy, i) => spy.mock.calls.map((args) => `${METHODS[i] ?? '?'}: ${JSON.stringify(args)}`));

describe('device logs at run time', () => {
  it('are watched: a console call in this test would be seen', () => {
    console.info('probe');
    expect(consoleCalls()).toEqual(['info: ["probe"]']);
  });

  it('stay empty through sealing, enrolling, syncing (ok, 5xx, down, forged receipt, refusal) and export', async () => {
    await sealedWithPhotos(db, clock, 2);
    await enrolled(db, hq);
    const { engine, time } = engineFor(db, hq);
    expect(await engine.runOnce()).toMatchObject({ synced: 1 });

    const failures: [string, () => void][] = [
      ['server_error', () => (hq.faults.failNext = { count: 1, status: 503 })],
      ['hq_unreachable', () => (hq.faults.down = true)],
      ['bad_receipt', () => (hq.faults.forgeReceipts = true)],
      ['bad_signature', () => (hq.faults.failNext = { count: 1, status: 400, code: 'bad_signature' })],
    ];
    for (const [code, inject] of failures) {
      await sealedWithPhotos(db, clock, 1);
      inject();
      time.now += 24 * 3_600_000;
      await engine.runOnce();
      delete hq.faults.failNext;
      delete hq.faults.down;
      delete hq.faults.forgeReceipts;
      const errors = (await db.outbox.toArray()).map((entry) => entry.lastError?.code);
      expect(errors, code).toContain(code);
    }
    expect((await exportBundles({ db, subtle: testCrypto, randomBytes: testRandomBytes }, 'all_unsynced')).ok).toBe(true);

    expect(consoleCalls()).toEqual([]);
  });
});
