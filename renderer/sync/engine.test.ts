import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addAddendum } from '../db/repositories/seal';
import { deviceKey } from '../db/repositories/device-key';
import { retryOutboxEntry } from '../db/repositories/outbox';
import type { FieldDatabase } from '../db';
import { steppingClock } from '../db/testing/fixtures';
import { subtle } from '../db/testing/findings-fixtures';
import { testRandomBytes } from '../../shared/bundle/test-support';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { bundleCrypto, engineFor, enrolled, fieldDb, sealedWithPhotos } from './testing/sync-fixtures';
import { ensureEncoded } from './encode-entry';
import { readEnrollment } from '../db/repositories/enrollment';
import { createSyncEngine } from './engine';
import { FieldDatabase as Db } from '../db';
import { backoffCeiling } from './backoff';
import { verifyIntegrity } from '../db/repositories/integrity';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;
const clock = steppingClock();

beforeEach(async () => {
  db = await fieldDb(`sync-engine-${++n}`);
  hq = await createFakeHq();
});
afterEach(async () => {
  await db.delete();
});

const only = async () => {
  const rows = await db.outbox.toArray();
  expect(rows).toHaveLength(1);
  const [row] = rows;
  if (!row) throw new Error('no outbox row');
  return row;
};

describe('sync engine', () => {
  it('sends a sealed inspection, verifies the receipt, marks it synced in one step and drops the cached parts', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 2);
    await enrolled(db, hq);
    const { engine } = engineFor(db, hq);

    const summary = await engine.runOnce();

    expect(summary).toMatchObject({ outcome: 'completed', attempted: 1, synced: 1, retrying: 0, rejected: 0 });
    const entry = await only();
    expect(entry.state).toBe('synced');
    expect(hq.bundles.get(entry.bundleId)?.manifestSha256).toBe(entry.manifestSha256);
    expect(entry.receipt?.signed).toEqual(hq.bundles.get(entry.bundleId)?.signed);
    expect((await db.inspections.get(inspectionId))?.status).toBe('synced');
    const last = (await db.auditEvents.where('inspectionId').equals(inspectionId).sortBy('seq')).at(-1);
    expect(last).toMatchObject({ type: 'inspection.status_changed', detail: { from: 'sealed', to: 'synced', event: 'mark_synced', bundleId: entry.bundleId } });
    expect(await db.bundleParts.count()).toBe(0);
    // Nothing local is deleted: the sealed record and its evidence stay.
    expect(await db.seals.get(inspectionId)).toBeDefined();
    expect(await db.evidence.where('inspectionId').equals(inspectionId).count()).toBe(2);
    // A second run has nothing to do.
    expect(await engine.runOnce()).toMatchObject({ outcome: 'completed', attempted: 0 });
  });

  it('sends addenda as their own bundles without touching the inspection status again', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 0);
    await enrolled(db, hq);
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    await addAddendum(db, subtle, await deviceKey(db, subtle), inspectionId, { text: 'Bổ sung giờ đến.', reason: 'Ghi nhầm' }, clock);
    const auditBefore = await db.auditEvents.count();

    expect(await engine.runOnce()).toMatchObject({ synced: 1 });
    const rows = await db.outbox.toArray();
    expect(rows.map((r) => [r.kind, r.state, r.addendumNumber])).toEqual(
      expect.arrayContaining([['inspection', 'synced', undefined], ['addendum', 'synced', 1]]),
    );
    expect(hq.bundles.size).toBe(2);
    expect((await db.inspections.get(inspectionId))?.status).toBe('synced');
    // One event: HQ has the addendum; the status does not move.
    const added = await db.auditEvents.where('inspectionId').equals(inspectionId).toArray();
    expect(added.length).toBe(auditBefore + 1);
    expect(added.at(-1)).toMatchObject({ type: 'addendum.synced', actor: 'HQ', detail: { number: 1 } });
    // That event is one the seal allows after it: the record still verifies.
    expect((await verifyIntegrity(db, subtle, inspectionId)).checks.find((c) => c.id === 'seal_covers_log')).toEqual({ id: 'seal_covers_log', ok: true });
  });

  it('resumes a cut upload sending only the parts HQ does not have', async () => {
    await sealedWithPhotos(db, clock, 4, 8192);
    await enrolled(db, hq);
    const progress: { sentBytes: number; totalBytes: number }[] = [];
    const { engine, time } = engineFor(db, hq, { onProgress: (p) => progress.push(p) });
    hq.faults.cutAfterBlobs = 2;

    expect(await engine.runOnce()).toMatchObject({ outcome: 'completed', retrying: 1, synced: 0 });
    const cut = await only();
    expect(cut).toMatchObject({ state: 'uploading', attempts: 1, lastError: { code: 'hq_unreachable' } });
    const stored = await db.bundleParts.where('bundleId').equals(cut.bundleId).toArray();
    const arrived = stored.filter((p) => hq.blobs.has(p.sha256));
    expect(arrived).toHaveLength(2);
    const remaining = stored.filter((p) => !hq.blobs.has(p.sha256)).reduce((sum, p) => sum + p.bytes.length, 0);

    delete hq.faults.cutAfterBlobs;
    const firstRound = progress.length;
    const before = hq.stats.blobBytes;
    time.now = cut.nextAttemptAt;
    expect(await engine.runOnce()).toMatchObject({ synced: 1 });
    expect(hq.stats.blobBytes - before).toBe(remaining);
    expect((await only()).state).toBe('synced');
    // Progress: the resumed round starts from what HQ already had and ends at the whole.
    const total = progress[0]?.totalBytes ?? 0;
    expect(total).toBe(stored.reduce((sum, p) => sum + p.bytes.length, 0));
    expect(progress[firstRound]?.sentBytes).toBe(total - remaining);
    expect(progress.at(-1)?.sentBytes).toBe(total);
  });

  it('does not accept a receipt HQ\'s pinned key did not sign: the record stays unsynced', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 1);
    await enrolled(db, hq);
    const { engine } = engineFor(db, hq);
    hq.faults.forgeReceipts = true;

    expect(await engine.runOnce()).toMatchObject({ synced: 0, retrying: 1 });
    const entry = await only();
    expect(entry).toMatchObject({ state: 'uploading', attempts: 1, lastError: { code: 'bad_receipt' } });
    expect(entry.receipt).toBeUndefined();
    expect((await db.inspections.get(inspectionId))?.status).toBe('sealed');
    expect(await db.bundleParts.where('bundleId').equals(entry.bundleId).count()).toBeGreaterThan(0);
  });

  it('backs off after a 5xx with full jitter, doubling the ceiling, and waits until then', async () => {
    await sealedWithPhotos(db, clock, 0);
    await enrolled(db, hq);
    let r = 0.999;
    const { engine, time } = engineFor(db, hq, { random: () => r });
    hq.faults.failNext = { count: 2, status: 503 };
    const start = time.now;

    await engine.runOnce();
    const first = await only();
    expect(first).toMatchObject({ attempts: 1, lastError: { code: 'server_error' } });
    expect(first.nextAttemptAt - start).toBeGreaterThan(0.99 * backoffCeiling(1));
    expect(first.nextAttemptAt - start).toBeLessThan(backoffCeiling(1));

    time.now = first.nextAttemptAt - 1;
    expect(await engine.runOnce()).toMatchObject({ attempted: 0 });

    r = 0;
    time.now = first.nextAttemptAt;
    await engine.runOnce();
    const second = await only();
    expect(second).toMatchObject({ attempts: 2 });
    expect(second.nextAttemptAt).toBe(time.now);

    expect(await engine.runOnce()).toMatchObject({ synced: 1 });
  });

  it('rejects on a permanent 4xx reason, never retries by itself, and sends again when the user retries', async () => {
    await sealedWithPhotos(db, clock, 1);
    await enrolled(db, hq);
    const { engine, time } = engineFor(db, hq);
    hq.faults.failNext = { count: 1, status: 400, code: 'bad_signature' };

    expect(await engine.runOnce()).toMatchObject({ rejected: 1 });
    const rejected = await only();
    expect(rejected).toMatchObject({ state: 'rejected', lastError: { code: 'bad_signature' } });
    time.now += 365 * 24 * 3_600_000;
    expect(await engine.runOnce()).toMatchObject({ attempted: 0 });

    await retryOutboxEntry(db, rejected.bundleId, time.now);
    expect(await engine.runOnce()).toMatchObject({ synced: 1 });
    // The same bytes as before the rejection: encoded once.
    expect((await only()).manifestSha256).toBe(rejected.manifestSha256);
  });

  it('rejects with `conflict` when HQ holds another bundle under the same id', async () => {
    await sealedWithPhotos(db, clock, 0);
    await enrolled(db, hq);
    const entry = await only();
    const other = hq.bundles.set(entry.bundleId, { manifestSha256: '0'.repeat(64), signed: { receipt: {}, signature: '' } as never });
    expect(other.size).toBe(1);
    const { engine } = engineFor(db, hq);

    await engine.runOnce();
    expect(await only()).toMatchObject({ state: 'rejected', lastError: { code: 'conflict' } });
  });

  it('counts HQ being down against every due entry and reports it', async () => {
    await sealedWithPhotos(db, clock, 0);
    await sealedWithPhotos(db, clock, 0);
    await enrolled(db, hq);
    hq.faults.down = true;
    const { engine } = engineFor(db, hq);
    expect(await engine.runOnce()).toMatchObject({ outcome: 'unreachable', errorCode: 'hq_unreachable', retrying: 2 });
    expect((await db.outbox.toArray()).map((e) => e.attempts)).toEqual([1, 1]);
  });

  it('stops on a revoked device without rejecting the bundle', async () => {
    await sealedWithPhotos(db, clock, 0);
    await enrolled(db, hq);
    for (const device of hq.devices.values()) device.revoked = true;
    const { engine } = engineFor(db, hq);
    expect(await engine.runOnce()).toMatchObject({ outcome: 'auth_failed', errorCode: 'device_revoked' });
    expect(await only()).toMatchObject({ state: 'uploading', lastError: { code: 'device_revoked' } });
  });

  it('does nothing before enrollment', async () => {
    await sealedWithPhotos(db, clock, 0);
    const { engine } = engineFor(db, hq);
    expect(await engine.runOnce()).toMatchObject({ outcome: 'not_enrolled' });
    expect(hq.stats.requests).toEqual([]);
  });
});

describe('sync engine after a crash', () => {
  it('a crash while encoding stores nothing; a new engine encodes and sends', async () => {
    await sealedWithPhotos(db, clock, 2);
    await enrolled(db, hq);
    let calls = 0;
    const { engine } = engineFor(db, hq, {
      randomBytes: (k) => {
        if (++calls > 1) throw new Error('power cut');
        return testRandomBytes(k);
      },
    });
    await expect(engine.runOnce()).rejects.toThrow('power cut');
    expect(await only()).toMatchObject({ state: 'queued', attempts: 0 });
    expect(await db.bundleParts.count()).toBe(0);
    expect(await db.bundleManifests.count()).toBe(0);

    expect(await engineFor(db, hq).engine.runOnce()).toMatchObject({ synced: 1 });
  });

  it('after the parts were stored, a new engine on a reopened database sends exactly those bytes', async () => {
    await sealedWithPhotos(db, clock, 2);
    await enrolled(db, hq);
    const entry = await only();
    const enrollment = await readEnrollment(db);
    if (!enrollment) throw new Error('not enrolled');
    const encoded = await ensureEncoded({ db, subtle: bundleCrypto, randomBytes: testRandomBytes }, entry, enrollment);
    expect(encoded.ok).toBe(true);
    db.close();

    const reopened = new Db(db.name);
    const { engine } = engineFor(reopened, hq);
    expect(await engine.runOnce()).toMatchObject({ synced: 1 });
    expect(hq.bundles.get(entry.bundleId)?.manifestSha256).toBe(encoded.ok ? encoded.value.manifestSha256 : '');
    await reopened.delete();
  });

  it('when HQ stored the bundle but the answer was lost, the next run gets the same receipt and HQ keeps one copy', async () => {
    await sealedWithPhotos(db, clock, 1);
    await enrolled(db, hq);
    let bundlePuts = 0;
    const lossy: typeof hq.fetch = async (input, init) => {
      const response = await hq.fetch(input, init);
      if (init?.method === 'PUT' && input.includes('/v1/bundles/') && ++bundlePuts === 2) throw new TypeError('connection reset');
      return response;
    };
    const time = { now: Date.parse('2026-11-25T03:00:00.000Z') };
    const first = createSyncEngine({ db, subtle: bundleCrypto, fetch: lossy, now: () => time.now, random: () => 0, randomBytes: testRandomBytes });
    expect(await first.runOnce()).toMatchObject({ retrying: 1 });
    const entry = await only();
    expect(hq.bundles.has(entry.bundleId)).toBe(true);
    expect(entry.state).not.toBe('synced');

    expect(await engineFor(db, hq).engine.runOnce()).toMatchObject({ synced: 1 });
    expect(hq.bundles.size).toBe(1);
    expect((await only()).receipt?.signed).toEqual(hq.bundles.get(entry.bundleId)?.signed);
  });
});
