import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FieldDatabase } from '../index';
import { createInspection, changeStatus } from './inspections';
import { saveAnswer } from './answers';
import { recordExplanation, saveFinding } from './findings';
import { recordOfficeHeadRefusal, signAsLead, signAsOfficeHead, withdrawSignatures } from './sign-off';
import { addAddendum, sealInspection } from './seal';
import { deviceKey } from './device-key';
import { verifyIntegrity } from './integrity';
import { seedReferenceData } from './reference-data';
import { RepositoryError } from './repository-error';
import { TEST_TEMPLATE, newInspectionInput, steppingClock } from '../testing/fixtures';
import { FINDINGS_ROSTER, TINY_PNG, sealedInspection, subtle, violationDraft } from '../testing/findings-fixtures';

let db: FieldDatabase;
let n = 0;
const clock = steppingClock();
const LEAD = { name: 'Trần Thị Trưởng Đoàn', position: 'Trưởng đoàn', image: TINY_PNG };
const HEAD = { name: 'Phạm Văn Giám Đốc', position: 'Giám đốc', image: TINY_PNG };

beforeEach(async () => {
  db = new FieldDatabase(`seal-test-${++n}`);
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
});
afterEach(async () => {
  await db.delete();
});

const code = (promise: Promise<unknown>): Promise<string> =>
  promise.then(() => 'ok', (error: unknown) => (error instanceof RepositoryError ? error.message : String(error)));

describe('sign-off and seal', () => {
  it('blocks sealing while a reassignment lacks the official\'s explanation, then seals once it is recorded', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
    await changeStatus(db, inspection.id, 'submit_for_review', 'x', clock);
    await signAsLead(db, inspection.id, LEAD, clock);
    await recordOfficeHeadRefusal(db, inspection.id, { ...HEAD, reason: 'Không đồng ý với kết luận' }, clock);
    expect((await db.inspections.get(inspection.id))?.status).toBe('signed');
    const key = await deviceKey(db, subtle, clock);
    expect(await code(sealInspection(db, subtle, key, inspection.id, clock))).toBe('seal_blocked: explanation_missing');
    // Fixing it means reopening: the signatures covered the old content and are cleared.
    await withdrawSignatures(db, inspection.id, clock);
    await changeStatus(db, inspection.id, 'reopen', 'x', clock);
    await recordExplanation(db, finding.id, { type: 'given', text: 'Tôi xin giải trình…' }, clock);
    await changeStatus(db, inspection.id, 'submit_for_review', 'x', clock);
    expect(await code(sealInspection(db, subtle, key, inspection.id, clock))).toBe('seal_blocked: lead_signature_missing,office_head_missing,not_signed');
    await signAsLead(db, inspection.id, LEAD, clock);
    await signAsOfficeHead(db, inspection.id, HEAD, clock);
    const sealed = await sealInspection(db, subtle, key, inspection.id, clock);
    expect(sealed.record.findings[0]?.explanation?.type).toBe('given');
    expect((await db.inspections.get(inspection.id))?.status).toBe('sealed');
    expect((await verifyIntegrity(db, subtle, inspection.id)).ok).toBe(true);
  });

  it('refuses to sign outside review and refuses sign/seal through changeStatus', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    expect(await code(signAsLead(db, inspection.id, LEAD, clock))).toBe('not_editable: draft');
    expect(await code(signAsLead(db, inspection.id, { ...LEAD, image: 'data:image/jpeg;base64,AAAA' }, clock))).toBe('invalid_input: image');
    expect(await code(changeStatus(db, inspection.id, 'seal', 'x', clock))).toMatch(/^illegal_transition: seal: use sealInspection/);
  });

  it('seals the whole record: evidence hashes, signatures and the audit head; verify-integrity passes', async () => {
    const { inspectionId, sealed } = await sealedInspection(db, clock);
    expect(sealed.record.evidence).toHaveLength(1);
    expect(sealed.record.evidence[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(sealed.record.signOff.lead?.image).toBe(TINY_PNG);
    const trail = await db.auditEvents.where('inspectionId').equals(inspectionId).sortBy('seq');
    expect(trail.at(-1)?.type).toBe('inspection.sealed');
    expect(sealed.record.auditHead.hash).toBe(trail.at(-2)?.hash);
    const report = await verifyIntegrity(db, subtle, inspectionId);
    expect(report).toMatchObject({ ok: true, sealedOnThisDevice: true });
  });

  it('adds sealed, linked addenda to a sealed inspection and verifies them', async () => {
    const { inspectionId, key, sealed } = await sealedInspection(db, clock);
    const first = await addAddendum(db, subtle, key, inspectionId, { text: 'Bổ sung: giờ đến là 8 giờ 05.', reason: 'Ghi nhầm giờ' }, clock);
    const second = await addAddendum(db, subtle, key, inspectionId, { text: 'Bổ sung thứ hai.', reason: 'Thiếu tên nhân chứng' }, clock);
    expect([first.number, second.number]).toEqual([1, 2]);
    expect(first.parentRecordHash).toBe(sealed.seal.recordHash);
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(true);
    await db.addenda.update(first.id, { text: 'Đã sửa lén.' });
    const report = await verifyIntegrity(db, subtle, inspectionId);
    expect(report.checks.find((c) => c.id === 'addenda')).toMatchObject({ ok: false, detail: 'addendum#1:hash_mismatch' });
    expect(await code(addAddendum(db, subtle, key, inspectionId, { text: ' ', reason: 'x' }, clock))).toBe('invalid_input: text');
  });

  it('refuses any write on a sealed inspection and changes nothing (property)', async () => {
    const { inspectionId, findingId } = await sealedInspection(db, clock);
    const dump = async () => JSON.stringify(await Promise.all(db.tables.filter((t) => t.name !== 'evidence').map((t) => t.toArray())));
    const before = await dump();
    const writes: Record<string, () => Promise<unknown>> = {
      answer: () => saveAnswer(db, { inspectionId, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } }, clock),
      note: () => saveAnswer(db, { inspectionId, itemId: 'badge', note: 'sửa' }, clock),
      newFinding: () => saveFinding(db, inspectionId, violationDraft(), undefined, clock),
      editFinding: () => saveFinding(db, inspectionId, violationDraft({ narrative: 'khác' }), findingId, clock),
      explanation: () => recordExplanation(db, findingId, null, clock),
      signLead: () => signAsLead(db, inspectionId, LEAD, clock),
      withdraw: () => withdrawSignatures(db, inspectionId, clock),
      reopen: () => changeStatus(db, inspectionId, 'reopen', 'x', clock),
      reseal: async () => sealInspection(db, subtle, await deviceKey(db, subtle, clock), inspectionId, clock),
    };
    const { deleteFinding, setRecommendationOverride, recordProtectionClaim } = await import('./findings');
    const { attachEvidence, removeEvidence } = await import('./evidence');
    const { photo } = await import('../testing/findings-fixtures');
    writes['deleteFinding'] = () => deleteFinding(db, findingId, clock);
    writes['override'] = () => setRecommendationOverride(db, findingId, { kind: 'review', reason: 'x' }, clock);
    writes['claim'] = () => recordProtectionClaim(db, findingId, null, clock);
    writes['attach'] = async () => attachEvidence(db, findingId, await photo(), clock);
    writes['removeEvidence'] = async () => removeEvidence(db, (await db.evidence.toCollection().first())?.id ?? '', clock);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...Object.keys(writes)), { minLength: 1, maxLength: 6 }), async (names) => {
        for (const name of names) {
          const outcome = await code(writes[name]?.() ?? Promise.resolve());
          expect(outcome, name).toMatch(/^(sealed|illegal_transition)/);
        }
        expect(await dump()).toBe(before);
      }),
      { numRuns: 40 },
    );
    expect(await db.evidence.count()).toBe(1);
  });
});
