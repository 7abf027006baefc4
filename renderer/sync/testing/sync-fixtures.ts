/** Tests only: a field database with sealed work, an HQ double, and an engine wired to both. */
import { testCrypto, testRandomBytes } from '../../../shared/bundle/test-support';
import { FieldDatabase } from '../../db';
import type { Clock } from '../../db/clock';
import { seedReferenceData } from '../../db/repositories/reference-data';
import { createInspection, changeStatus } from '../../db/repositories/inspections';
import { saveFinding, recordExplanation } from '../../db/repositories/findings';
import { attachEvidence } from '../../db/repositories/evidence';
import { signAsLead, signAsOfficeHead } from '../../db/repositories/sign-off';
import { sealInspection } from '../../db/repositories/seal';
import { deviceKey } from '../../db/repositories/device-key';
import { TEST_TEMPLATE, newInspectionInput } from '../../db/testing/fixtures';
import { FINDINGS_ROSTER, TINY_PNG, photo, subtle, violationDraft } from '../../db/testing/findings-fixtures';
import { enroll } from '../enroll';
import { createSyncEngine, type SyncEngineDeps } from '../engine';
import type { FakeHq } from './fake-hq';

export const bundleCrypto = testCrypto;

export async function fieldDb(name: string): Promise<FieldDatabase> {
  const db = new FieldDatabase(name);
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
  return db;
}

/** A signed inspection, ready to seal, whose finding carries `photos` distinct photos of `size` bytes each. */
export async function signedWithPhotos(db: FieldDatabase, clock: Clock, photos: number, size = 4096): Promise<string> {
  const inspection = await createInspection(db, newInspectionInput(), clock);
  const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
  await recordExplanation(db, finding.id, { type: 'given', text: 'Tôi quên thẻ ở nhà.' }, clock);
  for (let i = 0; i < photos; i++) {
    const bytes = new Uint8Array(testRandomBytes(size));
    bytes.set([0xff, 0xd8, 0xff]);
    await attachEvidence(db, finding.id, await photo(bytes), clock);
  }
  await changeStatus(db, inspection.id, 'submit_for_review', 'Trần Thị Trưởng Đoàn', clock);
  await signAsLead(db, inspection.id, { name: 'Trần Thị Trưởng Đoàn', position: 'Trưởng đoàn', image: TINY_PNG }, clock);
  await signAsOfficeHead(db, inspection.id, { name: 'Phạm Văn Giám Đốc', position: 'Giám đốc', image: TINY_PNG }, clock);
  return inspection.id;
}

export async function sealedWithPhotos(db: FieldDatabase, clock: Clock, photos: number, size = 4096): Promise<string> {
  const inspectionId = await signedWithPhotos(db, clock, photos, size);
  await sealInspection(db, subtle, await deviceKey(db, subtle, clock), inspectionId, clock);
  return inspectionId;
}

export async function enrolled(db: FieldDatabase, hq: FakeHq, code = 'ABCD-EFGH-JKMN'): Promise<void> {
  const result = await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code });
  if (!result.ok) throw new Error(`enrollment failed: ${result.error.code}`);
}

/** A controllable clock in epoch ms, and an engine using it. */
export function engineFor(db: FieldDatabase, hq: FakeHq, overrides: Partial<SyncEngineDeps> = {}) {
  const time = { now: Date.parse('2026-11-25T03:00:00.000Z') };
  const engine = createSyncEngine({
    db,
    subtle: bundleCrypto,
    fetch: hq.fetch,
    now: () => time.now,
    random: () => 0.5,
    randomBytes: testRandomBytes,
    ...overrides,
  });
  return { engine, time };
}
