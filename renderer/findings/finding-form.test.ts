import { describe, expect, it } from 'vitest';
import { FindingDraft } from '../../shared/domain/finding-record';
import { FindingFormSchema, answerSignal, formValuesOf, toFindingDraft } from './finding-form';
import { TEST_TEMPLATE } from '../db/testing/fixtures';

const items = TEST_TEMPLATE.sections[0]?.items ?? [];
const answer = (itemId: string, value: never) => ({ id: `x:${itemId}`, inspectionId: 'x', itemId, value, note: '', answeredAt: '2026-11-23T02:00:00.000Z', answeredBy: 'A B', revision: 1 });

describe('finding form', () => {
  it('turns valid form values into a draft the repository accepts', () => {
    const values = { ...formValuesOf(undefined, new Date('2026-11-23T02:00:00Z')), subject: 'TEST-01-001', category: 'evasion' as const, narrative: '  Né tránh  ' };
    const parsed = FindingFormSchema.safeParse(values);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const draft = toFindingDraft(parsed.data);
    expect(FindingDraft.safeParse(draft).success).toBe(true);
    expect(draft).toMatchObject({ subject: { type: 'official', officialId: 'TEST-01-001' }, narrative: 'Né tránh' });
  });

  it('reports missing subject, narrative and category as i18n keys', () => {
    const parsed = FindingFormSchema.safeParse(formValuesOf(undefined, new Date()));
    expect(parsed.success).toBe(false);
    const messages = parsed.success ? [] : parsed.error.issues.map((i) => i.message).sort();
    expect(messages).toEqual(['form.errors.categoryRequired', 'form.errors.narrativeRequired', 'form.errors.subjectRequired']);
  });

  it('shows only the citations the inspector added, not the items\' own sources', () => {
    const finding = { subject: { type: 'office' }, kind: 'violation', category: 'conduct', severity: 'low', itemIds: ['badge'], citations: ['3476/BHXH-TCCB#2.5', '968/CĐ-TTg'], narrative: 'x', observedAt: '2026-11-23T02:00:00.000Z' } as never;
    expect(formValuesOf(finding, new Date(), items).citations).toEqual(['968/CĐ-TTg']);
  });

  it('suggests failed and exemplary items from the answers', () => {
    const [badge, courtesy] = items;
    if (!badge || !courtesy) throw new Error('fixture');
    expect(answerSignal(badge, answer('badge', { type: 'yes_no_na', value: 'no' } as never))).toBe('failed');
    expect(answerSignal(badge, answer('badge', { type: 'yes_no_na', value: 'yes' } as never))).toBeNull();
    expect(answerSignal(courtesy, answer('courtesy', { type: 'scale', value: 2 } as never))).toBe('failed');
    expect(answerSignal(courtesy, answer('courtesy', { type: 'scale', value: 5 } as never))).toBe('exemplary');
    expect(answerSignal(courtesy, undefined)).toBeNull();
  });
});
