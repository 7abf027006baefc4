import type { Official, Roster } from '../../../shared/domain/roster';
import type { FindingDraft } from '../../../shared/domain/finding-record';
import { nodeSubtle } from '../../../shared/seal/test-support';
import { toHex } from '../../../shared/seal/hash';
import type { FieldDatabase } from '../index';
import type { Clock } from '../clock';
import { createInspection, changeStatus } from '../repositories/inspections';
import { saveAnswer } from '../repositories/answers';
import { saveFinding, recordExplanation } from '../repositories/findings';
import { attachEvidence } from '../repositories/evidence';
import { signAsLead, signAsOfficeHead } from '../repositories/sign-off';
import { sealInspection } from '../repositories/seal';
import { deviceKey } from '../repositories/device-key';
import { newInspectionInput, TEST_ROSTER } from './fixtures';

export const subtle = nodeSubtle;

export const SECOND_OFFICIAL: Official = {
  id: 'TEST-01-002', officeCode: 'TEST-01', fullName: 'Trần Thị Thứ Hai', position: 'Chuyên viên', unit: 'Bộ phận Một cửa', demo: true,
};
export const OTHER_OFFICE_OFFICIAL: Official = {
  id: 'TEST-02-001', officeCode: 'TEST-02', fullName: 'Lê Văn Khác', position: 'Kế toán', unit: 'Kế toán', demo: true,
};
export const FINDINGS_ROSTER: Roster = {
  ...TEST_ROSTER,
  offices: [...TEST_ROSTER.offices, { code: 'TEST-02', name: 'BHXH cơ sở Khác', province: 'Tỉnh Mẫu', address: 'Số 2', demo: true }],
  officials: [...TEST_ROSTER.officials, SECOND_OFFICIAL, OTHER_OFFICE_OFFICIAL],
};

/** A 1×1 PNG, enough for a signature in repository tests. */
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

export function violationDraft(overrides: Partial<FindingDraft> = {}): FindingDraft {
  return {
    subject: { type: 'official', officialId: 'TEST-01-001' },
    kind: 'violation',
    category: 'harassment',
    severity: 'high',
    itemIds: ['badge'],
    citations: [],
    narrative: 'Yêu cầu người dân nộp thêm giấy tờ ngoài quy định.',
    observedAt: '2026-11-23T02:10:00.000Z',
    ...overrides,
  };
}

export async function photo(bytes = new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3])) {
  return {
    blob: new Blob([bytes], { type: 'image/jpeg' }),
    name: 'anh-quay.jpg',
    mediaType: 'image/jpeg',
    sha256: toHex(new Uint8Array(await subtle.digest('SHA-256', bytes))),
    takenAt: '2026-11-23T02:11:00.000Z',
    thumbnail: null,
  };
}

/** An inspection with an answer, a finding with explanation and a photo, signed and sealed. */
export async function sealedInspection(db: FieldDatabase, clock: Clock) {
  const inspection = await createInspection(db, newInspectionInput(), clock);
  await saveAnswer(db, { inspectionId: inspection.id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' }, note: 'Không đeo thẻ' }, clock);
  const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
  await recordExplanation(db, finding.id, { type: 'given', text: 'Tôi quên thẻ ở nhà.' }, clock);
  await attachEvidence(db, finding.id, await photo(), clock);
  await changeStatus(db, inspection.id, 'submit_for_review', 'Trần Thị Trưởng Đoàn', clock);
  await signAsLead(db, inspection.id, { name: 'Trần Thị Trưởng Đoàn', position: 'Trưởng đoàn', image: TINY_PNG }, clock);
  await signAsOfficeHead(db, inspection.id, { name: 'Phạm Văn Giám Đốc', position: 'Giám đốc', image: TINY_PNG }, clock);
  const key = await deviceKey(db, subtle, clock);
  const sealed = await sealInspection(db, subtle, key, inspection.id, clock);
  return { inspectionId: inspection.id, findingId: finding.id, key, sealed };
}
