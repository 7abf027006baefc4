import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIkb } from '../../shared/bundle/index';
import { testCrypto, testRandomBytes } from '../../shared/bundle/test-support';
import type { FieldDatabase } from '../db';
import { addAddendum } from '../db/repositories/seal';
import { deviceKey } from '../db/repositories/device-key';
import { steppingClock } from '../db/testing/fixtures';
import { subtle } from '../db/testing/findings-fixtures';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { engineFor, enrolled, fieldDb, sealedWithPhotos } from './testing/sync-fixtures';
import { exportBundles } from './export';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;
const clock = steppingClock();

beforeEach(async () => {
  db = await fieldDb(`sync-export-${++n}`);
  hq = await createFakeHq();
});
afterEach(async () => {
  await db.delete();
});

const deps = () => ({ db, subtle: testCrypto, randomBytes: testRandomBytes });
const resolveDevice = (id: string) => Promise.resolve(hq.devices.get(id)?.publicKey);

describe('.ikb export', () => {
  it('needs an enrollment (the bundle is encrypted to HQ\'s key)', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 0);
    expect(await exportBundles(deps(), { inspectionId })).toEqual({ ok: false, error: { code: 'not_enrolled' } });
  });

  it('writes files HQ can read: the inspection and its addenda, named by office, date and id', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 2);
    await addAddendum(db, subtle, await deviceKey(db, subtle), inspectionId, { text: 'Bổ sung.', reason: 'Thiếu' }, clock);
    await enrolled(db, hq);

    const exported = await exportBundles(deps(), { inspectionId });
    if (!exported.ok) throw new Error(exported.error.code);
    expect(exported.value.failed).toEqual([]);
    expect(exported.value.files.map((f) => f.suggestedName)).toEqual([
      `kiem-tra-TEST-01-2026-11-23-${inspectionId.slice(0, 8)}.ikb`,
      `kiem-tra-TEST-01-2026-11-23-${inspectionId.slice(0, 8)}-bo-sung-1.ikb`,
    ]);
    const [inspectionFile, addendumFile] = exported.value.files;
    const opened = await readIkb(testCrypto, inspectionFile?.bytes ?? new Uint8Array(), hq.keys.decryption, resolveDevice);
    if (!opened.ok) throw new Error(opened.error.code);
    expect(opened.value.manifest).toMatchObject({ kind: 'inspection', inspectionId, officeCode: 'TEST-01' });
    expect(opened.value.evidence).toHaveLength(2);
    expect(opened.value.seal).toEqual((await db.seals.get(inspectionId))?.seal);
    const addendum = await readIkb(testCrypto, addendumFile?.bytes ?? new Uint8Array(), hq.keys.decryption, resolveDevice);
    expect(addendum.ok && addendum.value.manifest).toMatchObject({ kind: 'addendum', addendumNumber: 1 });
  });

  it('marks nothing synced, and the later upload sends the very same bundle', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 1);
    await enrolled(db, hq);
    const exported = await exportBundles(deps(), 'all_unsynced');
    if (!exported.ok) throw new Error(exported.error.code);
    const [entry] = await db.outbox.toArray();
    expect(entry?.state).toBe('encoded');
    expect((await db.inspections.get(inspectionId))?.status).toBe('sealed');

    await engineFor(db, hq).engine.runOnce();
    const opened = await readIkb(testCrypto, exported.value.files[0]?.bytes ?? new Uint8Array(), hq.keys.decryption, resolveDevice);
    expect(opened.ok).toBe(true);
    expect(hq.bundles.get(entry?.bundleId ?? '')?.manifestSha256).toBe(entry?.manifestSha256);
    expect(await exportBundles(deps(), 'all_unsynced')).toEqual({ ok: false, error: { code: 'nothing_to_export' } });
  });
});
