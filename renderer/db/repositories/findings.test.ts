import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FieldDatabase } from '../index';
import { createInspection, changeStatus } from './inspections';
import { saveAnswer } from './answers';
import { deleteFinding, recordExplanation, recordProtectionClaim, saveFinding, setRecommendationOverride } from './findings';
import { attachEvidence, removeEvidence } from './evidence';
import { auditTrail } from './audit';
import { seedReferenceData } from './reference-data';
import { RepositoryError } from './repository-error';
import { TEST_TEMPLATE, newInspectionInput, steppingClock } from '../testing/fixtures';
import { FINDINGS_ROSTER, photo, violationDraft } from '../testing/findings-fixtures';
import { EVIDENCE_LIMITS } from '../../../shared/domain/evidence';

let db: FieldDatabase;
let n = 0;
const clock = steppingClock();

beforeEach(async () => {
  db = new FieldDatabase(`findings-test-${++n}`);
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
});
afterEach(async () => {
  await db.delete();
});

const code = async (promise: Promise<unknown>): Promise<string> =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof RepositoryError ? error.message : String(error)),
  );

async function snapshot() {
  return JSON.stringify(await Promise.all([db.findings.toArray(), db.evidence.count(), db.auditEvents.count(), db.inspections.toArray()]));
}

describe('findings repository', () => {
  it('stores a finding with the rules\' proposal, its items\' citations and an audit event without free text', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const finding = await saveFinding(db, inspection.id, violationDraft({ citations: ['968/CĐ-TTg'] }), undefined, clock);
    expect(finding.proposal.kind).toBe('reassignment');
    expect(finding.proposal.citations.length).toBeGreaterThan(0);
    expect(finding.citations).toEqual(['3476/BHXH-TCCB#2.5', '968/CĐ-TTg']);
    const trail = await auditTrail(db, inspection.id);
    expect(trail.at(-1)?.type).toBe('finding.saved');
    expect(JSON.stringify(trail)).not.toContain('giấy tờ');
    expect(trail.at(-1)?.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['empty narrative', violationDraft({ narrative: '   ' }), 'invalid_input: narrative'],
    ['violation without category', violationDraft({ category: undefined }), 'invalid_input: category'],
    ['unknown official', violationDraft({ subject: { type: 'official', officialId: 'NOBODY-1' } }), 'unknown_official: NOBODY-1'],
    ['official of another office', violationDraft({ subject: { type: 'official', officialId: 'TEST-02-001' } }), 'unknown_official: TEST-02-001'],
    ['item not in the checklist', violationDraft({ itemIds: ['no-such-item'] }), 'invalid_input: itemIds'],
    ['unknown citation', violationDraft({ citations: ['999/XX'] }), 'invalid_input: citations'],
  ])('refuses %s and stores nothing', async (_label, draft, expected) => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const before = await snapshot();
    expect(await code(saveFinding(db, inspection.id, draft, undefined, clock))).toBe(expected);
    expect(await snapshot()).toBe(before);
  });

  it('proposes review for a repeat and re-evaluates the earlier finding\'s siblings', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const first = await saveFinding(db, inspection.id, violationDraft({ category: 'timeliness', severity: 'low' }), undefined, clock);
    expect(first.proposal.kind).toBe('reminder');
    const second = await saveFinding(db, inspection.id, violationDraft({ category: 'timeliness', severity: 'low', observedAt: '2026-11-23T02:40:00.000Z' }), undefined, clock);
    expect(second.proposal.kind).toBe('review');
    expect(second.proposal.ruleId).toContain('repeat');
  });

  it('blocks a commendation for an official with an open violation (Decree 98/2023 Art. 4)', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    await saveFinding(db, inspection.id, violationDraft({ category: 'timeliness', severity: 'low' }), undefined, clock);
    const praise = await saveFinding(db, inspection.id, violationDraft({ kind: 'commendable', category: undefined, severity: 'high' }), undefined, clock);
    expect(praise.proposal.kind).toBeNull();
    expect(praise.proposal.blockedCommendation?.citations).toContain('98/2023/NĐ-CP');
    expect(await code(setRecommendationOverride(db, praise.id, { kind: 'commendation', reason: 'Xứng đáng' }, clock))).toBe('invalid_input: commendation_blocked');
  });

  it('keeps the proposal beside an override that needs a reason', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
    expect(await code(setRecommendationOverride(db, finding.id, { kind: 'review', reason: ' ' }, clock))).toBe('invalid_input: invalid_override');
    const changed = await setRecommendationOverride(db, finding.id, { kind: 'review', reason: 'Lần đầu vi phạm, đã khắc phục ngay' }, clock);
    expect(changed.proposal.kind).toBe('reassignment');
    expect(changed.override).toMatchObject({ kind: 'review', reason: 'Lần đầu vi phạm, đã khắc phục ngay', by: 'Trần Thị Trưởng Đoàn' });
  });

  it('records an explanation, a refusal with a witness and a Decree 73 claim; refuses them for the office', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
    expect(await code(recordExplanation(db, finding.id, { type: 'refused', witness: { name: 'A', position: '' }, note: '' }, clock))).toMatch(/^invalid_input: witness/);
    const refused = await recordExplanation(db, finding.id, { type: 'refused', witness: { name: 'Ngô Thị Chứng', position: 'Phó Giám đốc' }, note: '' }, clock);
    expect(refused.explanation?.type).toBe('refused');
    const claimed = await recordProtectionClaim(db, finding.id, { proposal: 'Tiếp nhận hồ sơ qua mạng', approvedBy: 'Giám đốc', approvedOn: '2026-10-01', grounds: 'Vì lợi ích chung' }, clock);
    expect(claimed.protectionClaim?.grounds).toBe('Vì lợi ích chung');
    const office = await saveFinding(db, inspection.id, violationDraft({ subject: { type: 'office' } }), undefined, clock);
    expect(await code(recordExplanation(db, office.id, { type: 'given', text: 'x' }, clock))).toBe('invalid_input: subject');
  });

  it('checks evidence limits and type inside the transaction, and deletes evidence with its finding', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    const finding = await saveFinding(db, inspection.id, violationDraft(), undefined, clock);
    const good = await attachEvidence(db, finding.id, await photo(), clock);
    const before = await snapshot();
    expect(await code(attachEvidence(db, finding.id, { ...(await photo()), mediaType: 'image/heic' }, clock))).toBe('evidence_rejected: unsupported_type');
    const huge = { ...(await photo()), blob: new Blob([new Uint8Array(EVIDENCE_LIMITS.maxFileBytes + 1)]) };
    expect(await code(attachEvidence(db, finding.id, huge, clock))).toBe('evidence_rejected: too_large');
    expect(await code(attachEvidence(db, finding.id, { ...(await photo()), sha256: 'nothex' }, clock))).toBe('invalid_input: evidence');
    expect(await snapshot()).toBe(before);
    await removeEvidence(db, good.id, clock);
    await attachEvidence(db, finding.id, await photo(), clock);
    await deleteFinding(db, finding.id, clock);
    expect(await db.evidence.count()).toBe(0);
  });

  it('refuses findings once the record is under review', async () => {
    const inspection = await createInspection(db, newInspectionInput(), clock);
    await saveAnswer(db, { inspectionId: inspection.id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } }, clock);
    await changeStatus(db, inspection.id, 'submit_for_review', 'x', clock);
    expect(await code(saveFinding(db, inspection.id, violationDraft(), undefined, clock))).toBe('not_editable: review');
  });
});
