import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FieldDatabase } from '../index';
import { addAddendum, sealInspection } from './seal';
import { deviceKey } from './device-key';
import { RepositoryError } from './repository-error';
import { steppingClock } from '../testing/fixtures';
import { subtle } from '../testing/findings-fixtures';
import { fieldDb, sealedWithPhotos, signedWithPhotos } from '../../sync/testing/sync-fixtures';

let db: FieldDatabase;
let n = 0;
const clock = steppingClock();
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(async () => {
  db = await fieldDb(`seal-outbox-${++n}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const failingPut = () => vi.spyOn(db.inspections, 'put').mockImplementationOnce(() => Promise.reject(new Error('disk gone')) as never);

describe('outbox entries written with the seal', () => {
  it('sealing queues the inspection for HQ under a fresh UUIDv7 bundle id', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 1);
    const rows = await db.outbox.toArray();
    const seal = await db.seals.get(inspectionId);
    expect(rows).toEqual([
      { bundleId: expect.stringMatching(UUID_V7) as string, inspectionId, kind: 'inspection', state: 'queued', attempts: 0, nextAttemptAt: 0, createdAt: seal?.seal.sealedAt },
    ]);
  });

  it('an addendum queues its own bundle, numbered', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 0);
    await addAddendum(db, subtle, await deviceKey(db, subtle), inspectionId, { text: 'Bổ sung.', reason: 'Thiếu' }, clock);
    const addendum = await db.outbox.filter((e) => e.kind === 'addendum').toArray();
    expect(addendum).toMatchObject([{ inspectionId, kind: 'addendum', addendumNumber: 1, state: 'queued' }]);
    const ids = (await db.outbox.toArray()).map((e) => e.bundleId);
    expect(new Set(ids).size).toBe(2);
  });

  it('a failure inside the seal transaction leaves neither the seal nor an outbox row', async () => {
    const inspectionId = await signedWithPhotos(db, clock, 1);
    failingPut();
    await expect(sealInspection(db, subtle, await deviceKey(db, subtle), inspectionId, clock)).rejects.toBeInstanceOf(RepositoryError);
    expect(await db.seals.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.inspections.get(inspectionId))?.status).toBe('signed');
  });

  it('a failure inside the addendum transaction leaves neither the addendum nor an outbox row', async () => {
    const inspectionId = await sealedWithPhotos(db, clock, 0);
    failingPut();
    await expect(addAddendum(db, subtle, await deviceKey(db, subtle), inspectionId, { text: 'Bổ sung.', reason: 'Thiếu' }, clock)).rejects.toBeInstanceOf(RepositoryError);
    expect(await db.addenda.count()).toBe(0);
    expect(await db.outbox.filter((e) => e.kind === 'addendum').count()).toBe(0);
  });
});
