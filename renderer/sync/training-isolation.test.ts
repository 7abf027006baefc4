import { afterEach, describe, expect, it, vi } from 'vitest';
import { fieldDatabase, FieldDatabase } from '../db';
import { seedReferenceData } from '../db/repositories/reference-data';
import { createInspection, changeStatus } from '../db/repositories/inspections';
import { saveAnswer } from '../db/repositories/answers';
import { signAsLead, signAsOfficeHead } from '../db/repositories/sign-off';
import { sealInspection } from '../db/repositories/seal';
import { deviceKey } from '../db/repositories/device-key';
import { TEST_TEMPLATE, newInspectionInput, steppingClock } from '../db/testing/fixtures';
import { FINDINGS_ROSTER, TINY_PNG, subtle } from '../db/testing/findings-fixtures';
import { TRAINING_OFFICE_PREFIX } from '../../shared/training/training-office';
import { TRAINING_DB_NAME } from '../training/db/training-db';
import { createFakeHq } from './testing/fake-hq';
import { engineFor, enrolled, sealedWithPhotos } from './testing/sync-fixtures';
import { startSyncWorker } from './app-sync';

/**
 * Issue 7: "training can never enqueue sync work" holds by structure. The app's
 * worker is built on `fieldDatabase()` alone, so a record sealed in the training
 * database (same schema, same repositories, even with an outbox row and an
 * enrollment of its own) is never encoded nor sent.
 */
const clock = steppingClock();
const opened: FieldDatabase[] = [];
afterEach(async () => {
  vi.unstubAllGlobals();
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function trainingDb(): FieldDatabase {
  const db = new FieldDatabase(TRAINING_DB_NAME);
  opened.push(db);
  return db;
}

describe('training and the sync worker', () => {
  it('the app’s worker sends the field’s sealed record and never the training database’s', async () => {
    const hq = await createFakeHq({ codes: ['ABCD-EFGH-JKMN', 'BCDE-FGHJ-KMNP'] });
    const field = fieldDatabase();
    await seedReferenceData(field, [TEST_TEMPLATE], FINDINGS_ROSTER);
    await enrolled(field, hq, 'ABCD-EFGH-JKMN');
    const fieldInspection = await sealedWithPhotos(field, clock, 1);

    // A rehearsal sealed through the field's own repositories, in a training database that even looks enrolled.
    const training = trainingDb();
    await seedReferenceData(training, [TEST_TEMPLATE], FINDINGS_ROSTER);
    await enrolled(training, hq, 'BCDE-FGHJ-KMNP');
    const trainingInspection = await sealedWithPhotos(training, clock, 1);
    const [queued] = await training.outbox.toArray();
    expect(queued).toMatchObject({ inspectionId: trainingInspection, state: 'queued', attempts: 0 });

    vi.stubGlobal('navigator', { onLine: true });
    vi.stubGlobal('window', { addEventListener: vi.fn(), removeEventListener: vi.fn(), setTimeout: () => 0, clearTimeout: vi.fn() });
    vi.stubGlobal('fetch', hq.fetch);
    const worker = startSyncWorker();
    try {
      await worker.run();
    } finally {
      worker.stop();
    }

    const fieldEntries = await field.outbox.toArray();
    expect(fieldEntries.map((e) => [e.inspectionId, e.state])).toEqual([[fieldInspection, 'synced']]);
    expect([...hq.bundles.keys()]).toEqual(fieldEntries.map((e) => e.bundleId));
    // Every bundle request HQ saw was about the field's record.
    const bundleRequests = hq.stats.requests.filter((r) => r.startsWith('PUT /v1/bundles/'));
    expect(bundleRequests.length).toBeGreaterThan(0);
    expect(new Set(bundleRequests)).toEqual(new Set([`PUT /v1/bundles/${fieldEntries[0]?.bundleId ?? ''}`]));
    // The training row was never touched: not encoded, not attempted, nothing cached for sending.
    expect(await training.outbox.toArray()).toEqual([queued]);
    expect(await training.bundleManifests.count()).toBe(0);
    expect(await training.bundleParts.count()).toBe(0);
    expect((await training.inspections.get(trainingInspection))?.status).toBe('sealed');
  });

  it('even an engine wrongly built on the training database sends nothing of a training office: the encoder refuses it', async () => {
    const hq = await createFakeHq();
    const training = trainingDb();
    const office = `${TRAINING_OFFICE_PREFIX}HN-01`;
    await seedReferenceData(training, [TEST_TEMPLATE], { ...FINDINGS_ROSTER, offices: [...FINDINGS_ROSTER.offices, { code: office, name: 'BHXH diễn tập', province: 'Hà Nội', address: 'Số 1', demo: true }] });
    await enrolled(training, hq);
    const inspection = await createInspection(training, newInspectionInput({ officeCode: office }), clock);
    await saveAnswer(training, { inspectionId: inspection.id, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } }, clock);
    await changeStatus(training, inspection.id, 'submit_for_review', 'Trần Thị Trưởng Đoàn', clock);
    await signAsLead(training, inspection.id, { name: 'Trần Thị Trưởng Đoàn', position: 'Trưởng đoàn', image: TINY_PNG }, clock);
    await signAsOfficeHead(training, inspection.id, { name: 'Phạm Văn Giám Đốc', position: 'Giám đốc', image: TINY_PNG }, clock);
    await sealInspection(training, subtle, await deviceKey(training, subtle, clock), inspection.id, clock);
    const { engine } = engineFor(training, hq);

    expect(await engine.runOnce()).toMatchObject({ attempted: 1, synced: 0, rejected: 1 });
    expect(await training.outbox.toArray()).toMatchObject([{ state: 'rejected', lastError: { code: 'training_record' } }]);
    expect(hq.stats.blobPuts + hq.stats.bundlePuts).toBe(0);
    expect(hq.bundles.size).toBe(0);
  });
});
