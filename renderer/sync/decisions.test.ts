import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDatabase } from '../db';
import { createInspection, changeStatus } from '../db/repositories/inspections';
import { recordExplanation, saveFinding, setRecommendationOverride } from '../db/repositories/findings';
import { signAsLead, signAsOfficeHead } from '../db/repositories/sign-off';
import { sealInspection } from '../db/repositories/seal';
import { deviceKey } from '../db/repositories/device-key';
import { auditTrail } from '../db/repositories/audit';
import { decisionsOf } from '../db/repositories/decisions';
import { verifyIntegrity } from '../db/repositories/integrity';
import { RepositoryError } from '../db/repositories/repository-error';
import { newInspectionInput, steppingClock } from '../db/testing/fixtures';
import { FINDINGS_ROSTER, TINY_PNG, subtle, violationDraft } from '../db/testing/findings-fixtures';
import { signDecision, type SignedDecision } from '../../shared/bundle/index';
import type { Decision } from '../../shared/bundle/decision';
import { makeHqKeys, testCrypto } from '../../shared/bundle/test-support';
import type { SealKey } from '../../shared/seal/subtle';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { engineFor, enrolled, fieldDb } from './testing/sync-fixtures';
import { inspectionDecisionsView } from './decision-view';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;
const clock = steppingClock();
const LEAD = { name: 'Trần Thị Trưởng Đoàn', position: 'Trưởng đoàn', image: TINY_PNG };

beforeEach(async () => {
  db = await fieldDb(`sync-decisions-${++n}`);
  hq = await createFakeHq();
  // HQ's roster replaces the cached one on every pull: serve the test office's.
  hq.pulls['roster'] = { etag: '"r-test"', body: { offices: FINDINGS_ROSTER.offices, officials: FINDINGS_ROSTER.officials } };
  await enrolled(db, hq);
});
afterEach(async () => {
  await db.delete();
});

/**
 * A sealed record with three findings: `reminder` (an official's small delay),
 * `serious` (the same official's harassment, a repeat, so replacement; explanation
 * given), and one about the office the inspector set to no recommendation.
 */
async function sealedRecord(options: { withoutRecommendation?: 'all' } = {}) {
  const inspection = await createInspection(db, newInspectionInput(), clock);
  const reminder = await saveFinding(db, inspection.id, violationDraft({ category: 'timeliness', severity: 'low' }), undefined, clock);
  const serious = await saveFinding(db, inspection.id, violationDraft({ observedAt: '2026-11-23T02:20:00.000Z' }), undefined, clock);
  await recordExplanation(db, serious.id, { type: 'given', text: 'Tôi đã làm theo hướng dẫn cũ.' }, clock);
  const none = await saveFinding(db, inspection.id, violationDraft({ subject: { type: 'office' }, category: 'timeliness', severity: 'low' }), undefined, clock);
  const noRecommendation = options.withoutRecommendation === 'all' ? [reminder, serious, none] : [none];
  for (const f of noRecommendation) await setRecommendationOverride(db, f.id, { kind: null, reason: 'Đã khắc phục ngay tại chỗ.' }, clock);
  await changeStatus(db, inspection.id, 'submit_for_review', LEAD.name, clock);
  await signAsLead(db, inspection.id, LEAD, clock);
  await signAsOfficeHead(db, inspection.id, { name: 'Phạm Văn Giám Đốc', position: 'Giám đốc', image: TINY_PNG }, clock);
  await sealInspection(db, subtle, await deviceKey(db, subtle, clock), inspection.id, clock);
  return { inspectionId: inspection.id, reminder: reminder.id, serious: serious.id, none: none.id };
}

let decisionSeq = 0;
type DecisionFields = Pick<Decision, 'inspectionId' | 'findingId'> & Partial<Omit<Decision, 'format' | 'id' | 'inspectionId' | 'findingId'>>;
function decide(fields: DecisionFields, key: SealKey = hq.keys.signingKey): Promise<SignedDecision> {
  const id = `018f6d7e-0000-7000-8000-${String(++decisionSeq).padStart(12, '0')}`;
  return signDecision(testCrypto, key, { id, outcome: 'approve', reason: 'Đồng ý với kiến nghị của đoàn.', decidedAt: '2026-11-26T02:00:00.000Z', ...fields });
}

let etagSeq = 0;
/** What HQ serves at GET /v1/decisions from now on (a new ETag each time, as a changed body would have). */
function serve(decisions: readonly SignedDecision[]): void {
  hq.pulls['decisions'] = { etag: `"d${++etagSeq}"`, body: { decisions: decisions.map((d) => ({ id: d.decision.id, inspectionId: d.decision.inspectionId, ...d })) } };
}

const status = async (id: string) => (await db.inspections.get(id))?.status;
const trail = async (id: string) => (await auditTrail(db, id)).map((e) => ({ type: e.type, actor: e.actor, detail: e.detail }));
async function view(inspectionId: string) {
  const findings = await db.findings.where('inspectionId').equals(inspectionId).toArray();
  return inspectionDecisionsView(findings, await decisionsOf(db, inspectionId));
}

describe('HQ decisions on the device', () => {
  it('acknowledges exactly when every recommendation is decided, in the pull that completes it, once', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    expect(await status(record.inspectionId)).toBe('synced');

    const onReminder = await decide({ inspectionId: record.inspectionId, findingId: record.reminder });
    serve([onReminder]);
    expect(await engine.pull()).toMatchObject({ results: { decisions: 'updated' } });
    expect(await status(record.inspectionId)).toBe('synced');
    expect((await view(record.inspectionId)).coverage).toMatchObject({ required: 2, decided: 1, complete: false });
    expect((await trail(record.inspectionId)).at(-1)).toEqual({ type: 'decisions.updated', actor: 'HQ', detail: { received: 1, superseded: 0, decided: 1, required: 2 } });

    const onReassignment = await decide({ inspectionId: record.inspectionId, findingId: record.serious, outcome: 'change', changedTo: 'review', reason: 'Lần đầu vi phạm, đã khắc phục.', approvedAt: '2026-11-26T03:00:00.000Z' });
    serve([onReminder, onReassignment]);
    await engine.pull();
    expect(await status(record.inspectionId)).toBe('acknowledged');
    expect((await trail(record.inspectionId)).slice(-2)).toEqual([
      { type: 'decisions.updated', actor: 'HQ', detail: { received: 1, superseded: 0, decided: 2, required: 2 } },
      { type: 'inspection.status_changed', actor: 'HQ', detail: { from: 'synced', to: 'acknowledged', event: 'acknowledge', decided: 2, required: 2 } },
    ]);
    expect((await verifyIntegrity(db, subtle, record.inspectionId)).ok).toBe(true);

    // Repeated pulls: unchanged (304), or the same set under a new ETag, change nothing.
    const events = (await trail(record.inspectionId)).length;
    expect(await engine.pull()).toMatchObject({ results: { decisions: 'unchanged' } });
    serve([onReminder, onReassignment]);
    expect(await engine.pull()).toMatchObject({ results: { decisions: 'updated' } });
    expect(await trail(record.inspectionId)).toHaveLength(events);
    expect(await db.decisions.count()).toBe(2);
  });

  it('shows each finding the outcome, the reason, when, and whether an approver confirmed it', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    serve([
      await decide({ inspectionId: record.inspectionId, findingId: record.reminder, outcome: 'reject', reason: 'Chậm do hệ thống lỗi, không do cán bộ.' }),
      await decide({ inspectionId: record.inspectionId, findingId: record.serious, outcome: 'change', changedTo: 'review', reason: 'Lần đầu vi phạm, đã khắc phục.' }),
    ]);
    await engine.pull();
    const shown = await view(record.inspectionId);
    expect(shown.byFinding.get(record.reminder)).toMatchObject({
      recommended: 'reminder',
      current: { outcome: 'reject', reason: 'Chậm do hệ thống lỗi, không do cán bộ.', decidedAt: '2026-11-26T02:00:00.000Z', receivedAt: '2026-11-25T03:00:00.000Z' },
      decidedKind: null,
      missingApproval: false,
      status: 'closed',
    });
    // Replacement needs an approver: a decision that names no confirmation is flagged.
    expect(shown.byFinding.get(record.serious)).toMatchObject({ recommended: 'replacement', decidedKind: 'review', missingApproval: true, status: 'closed' });
    expect(shown.byFinding.get(record.none)).toMatchObject({ recommended: null, current: undefined });
  });

  it('ignores a forged or altered answer entirely', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    const before = await trail(record.inspectionId);
    const genuine = await decide({ inspectionId: record.inspectionId, findingId: record.reminder });
    const forged = await decide({ inspectionId: record.inspectionId, findingId: record.serious }, (await makeHqKeys()).signingKey);
    serve([genuine, forged]);
    expect(await engine.pull()).toMatchObject({ results: { decisions: { error: 'bad_response' } } });
    serve([genuine, { ...genuine, decision: { ...genuine.decision, findingId: record.serious } }]);
    expect(await engine.pull()).toMatchObject({ results: { decisions: { error: 'bad_response' } } });
    expect(await db.decisions.count()).toBe(0);
    expect(await trail(record.inspectionId)).toEqual(before);
    expect(await status(record.inspectionId)).toBe('synced');
  });

  it('keeps and flags a decision on a finding or a record the device does not know, and counts neither', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    const stray = await decide({ inspectionId: record.inspectionId, findingId: 'finding-not-here' });
    const elsewhere = await decide({ inspectionId: '01234567-89ab-4cde-8f01-23456789abcd', findingId: 'f-1' });
    serve([stray, elsewhere, await decide({ inspectionId: record.inspectionId, findingId: record.reminder })]);
    expect(await engine.pull()).toMatchObject({ results: { decisions: 'updated' } });
    const shown = await view(record.inspectionId);
    expect(shown.unknown.map((d) => d.id)).toEqual([stray.decision.id]);
    expect(shown.coverage).toMatchObject({ required: 2, decided: 1, complete: false });
    expect(await db.decisions.get(elsewhere.decision.id)).toBeDefined();
    expect(await status(record.inspectionId)).toBe('synced');
  });

  it('acknowledges when the receipt is verified if HQ decided before that', async () => {
    const record = await sealedRecord();
    serve([
      await decide({ inspectionId: record.inspectionId, findingId: record.reminder }),
      await decide({ inspectionId: record.inspectionId, findingId: record.serious, approvedAt: '2026-11-26T03:00:00.000Z' }),
    ]);
    const { engine } = engineFor(db, hq);
    await engine.pull();
    expect(await status(record.inspectionId)).toBe('sealed');
    await engine.runOnce();
    expect(await status(record.inspectionId)).toBe('acknowledged');
    expect((await trail(record.inspectionId)).slice(-3).map((e) => [e.type, e.detail['to'] ?? null])).toEqual([
      ['decisions.updated', null],
      ['inspection.status_changed', 'synced'],
      ['inspection.status_changed', 'acknowledged'],
    ]);
    expect((await verifyIntegrity(db, subtle, record.inspectionId)).ok).toBe(true);
  });

  it('stays acknowledged when HQ reopens and withdraws a decision; the log and the finding say so', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    const onReminder = await decide({ inspectionId: record.inspectionId, findingId: record.reminder });
    const first = await decide({ inspectionId: record.inspectionId, findingId: record.serious, approvedAt: '2026-11-26T03:00:00.000Z' });
    serve([onReminder, first]);
    await engine.pull();
    expect(await status(record.inspectionId)).toBe('acknowledged');

    // Reopened at HQ: the replacement awaits an approver, so HQ serves no decision for that finding.
    serve([onReminder]);
    await engine.pull();
    expect(await status(record.inspectionId)).toBe('acknowledged');
    expect((await trail(record.inspectionId)).at(-1)).toEqual({ type: 'decisions.updated', actor: 'HQ', detail: { received: 0, superseded: 1, decided: 1, required: 2 } });
    const withdrawn = (await view(record.inspectionId)).byFinding.get(record.serious);
    expect(withdrawn?.current).toBeUndefined();
    expect(withdrawn?.superseded.map((d) => d.id)).toEqual([first.decision.id]);
    expect(withdrawn?.status).toBe('open');

    const replacement = await decide({ inspectionId: record.inspectionId, findingId: record.serious, outcome: 'change', changedTo: 'review', decidedAt: '2026-11-27T02:00:00.000Z', approvedAt: '2026-11-27T03:00:00.000Z' });
    serve([onReminder, replacement]);
    await engine.pull();
    const replaced = (await view(record.inspectionId)).byFinding.get(record.serious);
    expect(replaced?.current?.id).toBe(replacement.decision.id);
    expect(replaced?.superseded.map((d) => d.id)).toEqual([first.decision.id]);
    // Acknowledged once; the state machine has no way back and none is invented.
    expect((await trail(record.inspectionId)).filter((e) => e.detail['to'] === 'acknowledged')).toHaveLength(1);
    expect((await verifyIntegrity(db, subtle, record.inspectionId)).ok).toBe(true);
  });

  it('leaves a record with no recommendation at all synced: nothing for HQ to decide is not a decision', async () => {
    const record = await sealedRecord({ withoutRecommendation: 'all' });
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    serve([]);
    await engine.pull();
    expect(await status(record.inspectionId)).toBe('synced');
    expect((await view(record.inspectionId)).coverage).toMatchObject({ required: 0, decided: 0, complete: false });
  });

  it('refuses to acknowledge or mark synced by hand', async () => {
    const record = await sealedRecord();
    for (const event of ['mark_synced', 'acknowledge'] as const) {
      await expect(changeStatus(db, record.inspectionId, event, LEAD.name, clock)).rejects.toBeInstanceOf(RepositoryError);
    }
    expect(await status(record.inspectionId)).toBe('sealed');
  });

  it('a released decision closes the violation for the Decree 98 block; a disciplinary review keeps it open', async () => {
    const record = await sealedRecord();
    const { engine } = engineFor(db, hq);
    await engine.runOnce();
    const praiseFor = async () => {
      const next = await createInspection(db, newInspectionInput({ arrivalAt: '2026-12-01T01:30:00.000Z' }), clock);
      return saveFinding(db, next.id, violationDraft({ kind: 'commendable', category: undefined, severity: 'high', observedAt: '2026-12-01T02:00:00.000Z' }), undefined, clock);
    };
    expect((await praiseFor()).proposal.blockedCommendation).toBeDefined();

    const onReminder = await decide({ inspectionId: record.inspectionId, findingId: record.reminder });
    serve([onReminder, await decide({ inspectionId: record.inspectionId, findingId: record.serious, outcome: 'change', changedTo: 'disciplinary_review', approvedAt: '2026-11-26T03:00:00.000Z' })]);
    await engine.pull();
    expect((await praiseFor()).proposal.blockedCommendation?.openFindingIds).toEqual([record.serious]);

    serve([onReminder, await decide({ inspectionId: record.inspectionId, findingId: record.serious, outcome: 'change', changedTo: 'review', decidedAt: '2026-11-27T02:00:00.000Z', approvedAt: '2026-11-27T03:00:00.000Z' })]);
    await engine.pull();
    const praise = await praiseFor();
    expect(praise.proposal.blockedCommendation).toBeUndefined();
    expect(praise.proposal.kind).not.toBeNull();
    // The sealed rows are untouched: closure is derived, so the seal still verifies.
    expect((await db.findings.get(record.serious))?.status).toBe('open');
    expect((await verifyIntegrity(db, subtle, record.inspectionId)).ok).toBe(true);
  });
});
