import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import { FieldDatabase } from '../index';
import { createInspection, changeStatus } from './inspections';
import { saveAnswer } from './answers';
import { auditTrail } from './audit';
import { replaceRoster, seedReferenceData } from './reference-data';
import { RepositoryError } from './repository-error';
import { TEST_ROSTER, TEST_TEMPLATE, newInspectionInput, steppingClock } from '../testing/fixtures';

let db: FieldDatabase;
let failAuditWrites: string | null = null;
let dbCounter = 0;

beforeEach(async () => {
  failAuditWrites = null;
  db = new FieldDatabase(`repo-test-${++dbCounter}`);
  // Fault injection below Dexie: the audit write fails the way a full disk does.
  db.use({
    stack: 'dbcore',
    name: 'fault-injection',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        if (name !== 'auditEvents') return table;
        return {
          ...table,
          mutate: (req) => (failAuditWrites ? Promise.reject(new DOMException('disk full', failAuditWrites)) : table.mutate(req)),
        };
      },
    }),
  });
  await seedReferenceData(db, [TEST_TEMPLATE], TEST_ROSTER);
});

afterEach(async () => {
  await db.delete();
});

async function snapshot() {
  return {
    inspections: await db.inspections.toArray(),
    answers: await db.answers.toArray(),
    audit: await db.auditEvents.toArray(),
  };
}

async function expectRejection(promise: Promise<unknown>, code: string) {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(RepositoryError);
  expect((error as RepositoryError).code).toBe(code);
}

describe('createInspection', () => {
  it('stores a draft with its first audit event, pinned to the template version', async () => {
    const inspection = await createInspection(db, newInspectionInput(), steppingClock());
    expect(inspection).toMatchObject({ status: 'draft', itemCount: 5, answeredCount: 0, lastAuditSeq: 1, template: { id: 'test-template', version: 1 } });
    expect(await db.inspections.get(inspection.id)).toEqual(inspection);
    const trail = await auditTrail(db, inspection.id);
    expect(trail.map((e) => [e.seq, e.type])).toEqual([[1, 'inspection.created']]);
  });

  it.each([
    ['unknown office', { officeCode: 'NOPE-99' }],
    ['unknown template version', { template: { id: 'test-template', version: 2 } }],
    ['blank team lead', { team: { lead: ' ', members: [] } }],
    ['malformed arrival time', { arrivalAt: 'yesterday' }],
  ])('refuses %s and stores nothing', async (_label, override) => {
    await expectRejection(createInspection(db, newInspectionInput(override)), 'invalid_input');
    expect(await snapshot()).toEqual({ inspections: [], answers: [], audit: [] });
  });
});

describe('saveAnswer', () => {
  it('starts the draft on the first answer and logs both moves in order', async () => {
    const clock = steppingClock();
    const { id } = await createInspection(db, newInspectionInput(), clock);
    const answer = await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } }, clock);
    expect(answer).toMatchObject({ value: { type: 'yes_no_na', value: 'no' }, note: '', revision: 1, answeredBy: 'Trần Thị Trưởng Đoàn' });
    expect(await db.inspections.get(id)).toMatchObject({ status: 'in_progress', answeredCount: 1, lastAuditSeq: 3 });
    const trail = await auditTrail(db, id);
    expect(trail.map((e) => e.type)).toEqual(['inspection.created', 'inspection.status_changed', 'answer.saved']);
    expect(trail.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('counts progress correctly across change, note-only edit and clearing', async () => {
    const { id } = await createInspection(db, newInspectionInput());
    await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } });
    await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } });
    await saveAnswer(db, { inspectionId: id, itemId: 'overdue', value: { type: 'number', value: 4 } });
    const withNote = await saveAnswer(db, { inspectionId: id, itemId: 'badge', note: 'Không đeo thẻ lúc 8:05' });
    expect(withNote).toMatchObject({ value: { type: 'yes_no_na', value: 'no' }, note: 'Không đeo thẻ lúc 8:05', revision: 3 });
    expect((await db.inspections.get(id))?.answeredCount).toBe(2);
    await saveAnswer(db, { inspectionId: id, itemId: 'overdue', value: null });
    expect((await db.inspections.get(id))?.answeredCount).toBe(1);
  });

  it('keeps free text out of the audit log', async () => {
    const { id } = await createInspection(db, newInspectionInput());
    await saveAnswer(db, { inspectionId: id, itemId: 'remarks', value: { type: 'text', value: 'Ông Nguyễn Văn Mẫu vắng mặt' }, note: 'bí mật' });
    const logged = JSON.stringify(await auditTrail(db, id));
    expect(logged).not.toContain('Nguyễn');
    expect(logged).not.toContain('bí mật');
  });

  it.each([
    ['a value of the wrong type', { itemId: 'badge', value: { type: 'number' as const, value: 1 } }],
    ['a scale score out of range', { itemId: 'courtesy', value: { type: 'scale' as const, value: 0 } }],
    ['a fractional count', { itemId: 'overdue', value: { type: 'number' as const, value: 2.5 } }],
    ['a number above the maximum', { itemId: 'overdue', value: { type: 'number' as const, value: 5000 } }],
    ['text over the limit', { itemId: 'remarks', value: { type: 'text' as const, value: 'x'.repeat(201) } }],
    ['an unknown item', { itemId: 'no-such-item', value: { type: 'yes_no_na' as const, value: 'yes' as const } }],
    ['a note over 2000 characters', { itemId: 'badge', note: 'x'.repeat(2001) }],
  ])('refuses %s and changes nothing', async (_label, patch) => {
    const { id } = await createInspection(db, newInspectionInput());
    await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } });
    const before = await snapshot();
    await expectRejection(saveAnswer(db, { inspectionId: id, ...patch }), 'invalid_input');
    expect(await snapshot()).toEqual(before);
  });

  it('refuses answers once the record is in review, and changes nothing', async () => {
    const { id } = await createInspection(db, newInspectionInput());
    await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } });
    await changeStatus(db, id, 'submit_for_review', 'Trần Thị Trưởng Đoàn');
    const before = await snapshot();
    await expectRejection(saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } }), 'not_editable');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['QuotaExceededError', 'quota_exceeded'],
    ['UnknownError', 'write_failed'],
  ])('rolls the whole write back when storage fails with %s', async (domError, code) => {
    const { id } = await createInspection(db, newInspectionInput());
    await saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' } });
    const before = await snapshot();
    failAuditWrites = domError;
    await expectRejection(saveAnswer(db, { inspectionId: id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } }), code);
    await expectRejection(saveAnswer(db, { inspectionId: id, itemId: 'overdue', value: { type: 'number', value: 3 } }), code);
    failAuditWrites = null;
    // The answer written before the audit event failed is gone with the transaction.
    expect(await snapshot()).toEqual(before);
  });
});

describe('changeStatus', () => {
  it('refuses an illegal transition and changes nothing', async () => {
    const { id } = await createInspection(db, newInspectionInput());
    const before = await snapshot();
    await expectRejection(changeStatus(db, id, 'seal', 'x'), 'illegal_transition');
    await expectRejection(changeStatus(db, 'missing', 'start', 'x'), 'not_found');
    expect(await snapshot()).toEqual(before);
  });

  it('reopens a record in review for edits', async () => {
    const { id } = await createInspection(db, newInspectionInput());
    await changeStatus(db, id, 'start', 'x');
    await changeStatus(db, id, 'submit_for_review', 'x');
    const reopened = await changeStatus(db, id, 'reopen', 'x');
    expect(reopened.status).toBe('in_progress');
    expect((await auditTrail(db, id)).map((e) => e.detail['event'])).toEqual([undefined, 'start', 'submit_for_review', 'reopen']);
  });
});

describe('seedReferenceData', () => {
  it('is idempotent and never overwrites a published template version', async () => {
    const altered = { ...TEST_TEMPLATE, title: { vi: 'Đã sửa trái phép', en: 'Tampered' } };
    await seedReferenceData(db, [altered], TEST_ROSTER);
    expect((await db.templates.get(['test-template', 1]))?.title.en).toBe('Test checklist');
    expect(await db.offices.count()).toBe(1);
  });
});

describe('replaceRoster', () => {
  it('replaces the demo roster wholesale with the HQ one, and the seed never brings the demo back', async () => {
    await replaceRoster(db, {
      source: 'hq',
      version: '2026-11-20',
      offices: [{ code: 'HN-BD', name: 'BHXH cơ sở Ba Đình', province: 'Hà Nội', address: 'Hà Nội', demo: false }],
      officials: [],
    });
    expect((await db.offices.toArray()).map((o) => o.code)).toEqual(['HN-BD']);
    expect(await db.officials.count()).toBe(0);
    expect((await db.settings.get('roster'))?.value).toEqual({ source: 'hq', version: '2026-11-20' });
    await seedReferenceData(db, [TEST_TEMPLATE], TEST_ROSTER);
    expect((await db.offices.toArray()).map((o) => o.code)).toEqual(['HN-BD']);
  });
});
