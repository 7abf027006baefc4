import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/catalogue';
import { EvidenceKind } from '../../shared/domain/evidence';
import { FindingKind, RecommendationKind, ViolationCategory } from '../../shared/domain/finding';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { Answer, AnswerValue } from '../../shared/domain/inspection';
import type { Official } from '../../shared/domain/roster';
import { Severity, type ResponseSpec } from '../../shared/catalogue/schema';
import vi from '../i18n/locales/report/vi.json';
import en from '../i18n/locales/report/en.json';
import {
  answerText, calendarDate, checklistGroups, cssString, evidenceFor, findingGroups, itemNumbers, nameSortKey, shortSha256, vietnamDateTime,
} from './report-model';

const INSPECTION = '00000000-0000-4000-8000-000000000001';
const template = findTemplate('unannounced-district-office', 1);
if (!template) throw new Error('template missing');

const answer = (itemId: string, value: AnswerValue | null, note = ''): Answer => ({
  id: `${INSPECTION}:${itemId}`, inspectionId: INSPECTION, itemId, value, note,
  answeredAt: '2026-11-23T01:20:00.000Z', answeredBy: 'Trần Văn Bình', revision: 1,
});

const official = (id: string, fullName: string): Official => ({
  id, officeCode: 'DEMO-HN-01', fullName, position: 'Chuyên viên', unit: 'Bộ phận Một cửa', demo: true,
});

const finding = (id: string, subject: FindingRecord['subject']): FindingRecord => ({
  id, inspectionId: INSPECTION, subject, kind: 'violation', category: 'conduct', severity: 'medium', itemIds: [], citations: [],
  narrative: 'x', observedAt: '2026-11-23T01:30:00.000Z', status: 'open', explanation: null, protectionClaim: null,
  proposal: { kind: 'reminder', ruleId: 'reminder.conduct', citations: [], reason: { vi: 'a', en: 'a' }, rulesetVersion: '2026-11-23' },
  override: null, createdAt: '2026-11-23T01:30:00.000Z', updatedAt: '2026-11-23T01:30:00.000Z', createdBy: 'Trần Văn Bình',
});

describe('dates in the printed record', () => {
  it('are Vietnam time (UTC+7), dd/MM/yyyy HH:mm, across midnight too', () => {
    expect(vietnamDateTime('2026-11-23T01:15:00.000Z')).toBe('23/11/2026 08:15');
    expect(vietnamDateTime('2026-12-31T17:30:00.000Z')).toBe('01/01/2027 00:30');
    expect(calendarDate('2026-09-05')).toBe('05/09/2026');
    expect(calendarDate('not a date')).toBe('not a date');
  });
});

describe('answerText', () => {
  const word = (w: string) => `<${w}>`;
  const number: ResponseSpec = { type: 'number', unit: { vi: 'hồ sơ', en: 'dossiers' }, min: 0, max: 5000, integer: false };
  const scale: ResponseSpec = { type: 'scale', min: 1, max: 5, passAtLeast: 3, lowLabel: { vi: 'a', en: 'a' }, highLabel: { vi: 'b', en: 'b' } };

  it('reads each response type in its own terms', () => {
    expect(answerText({ type: 'yes_no_na' }, { type: 'yes_no_na', value: 'na' }, 'vi', word)).toBe('<na>');
    expect(answerText(scale, { type: 'scale', value: 2 }, 'vi', word)).toBe('2/5');
    expect(answerText(number, { type: 'number', value: 1234.5 }, 'vi', word)).toBe('1.234,5 hồ sơ');
    expect(answerText(number, { type: 'number', value: 1234.5 }, 'en', word)).toBe('1,234.5 dossiers');
    expect(answerText({ type: 'time' }, { type: 'time', value: '07:52' }, 'vi', word)).toBe('07:52');
    expect(answerText({ type: 'text', maxLength: 10 }, { type: 'text', value: 'Ý kiến' }, 'vi', word)).toBe('Ý kiến');
    expect(answerText({ type: 'yes_no_na' }, null, 'vi', word)).toBe('<none>');
  });
});

describe('checklistGroups', () => {
  const onDate = '2026-11-23';

  it('lists answered items by section with the runner numbers, marks failures, keeps note-only answers', () => {
    const groups = checklistGroups(template, [
      answer('arr-04-no-personal-business', { type: 'yes_no_na', value: 'no' }),
      answer('arr-01-desk-opened-at', { type: 'time', value: '07:52' }),
      answer('tsk-01-working-regulations', null, 'Chưa xuất trình được'),
      answer('arr-02-staff-at-posts', null),
    ], onDate);
    expect(groups.map((g) => g.id)).toEqual(['arrival-working-hours', 'task-assignment']);
    expect(groups[0]?.rows.map((r) => [r.number, r.itemId, r.failed])).toEqual([
      ['1.1', 'arr-01-desk-opened-at', false],
      ['1.4', 'arr-04-no-personal-business', true],
    ]);
    expect(groups[1]?.rows.map((r) => r.number)).toEqual(['2.1']);
  });

  it('keeps an answer whose item the template does not hold, in a last group', () => {
    const groups = checklistGroups(template, [answer('gone-item', { type: 'text', value: 'x' })], onDate);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ id: 'other', title: null, rows: [{ number: '—', item: null, itemId: 'gone-item' }] });
  });

  it('numbers only the items in force on the day', () => {
    const before = itemNumbers(template, '2025-06-30');
    const after = itemNumbers(template, onDate);
    expect(after.size).toBeGreaterThanOrEqual(before.size);
    expect(after.get('arr-01-desk-opened-at')).toBe('1.1');
  });
});

describe('findingGroups', () => {
  it('orders names the Vietnamese way: given name first, with Vietnamese letters', () => {
    expect(nameSortKey('Bùi Thị Mai Anh')).toBe('Anh Bùi Thị Mai');
    expect(nameSortKey(' Hằng ')).toBe('Hằng');
  });

  it('puts office findings first, then officials by Vietnamese name, and names unknown officials by id', () => {
    const record = {
      officials: [official('B', 'Đỗ Quang Huy'), official('A', 'Phạm Thu Hằng'), official('C', 'Bùi Thị Mai Anh')],
      findings: [
        finding('f1', { type: 'official', officialId: 'A' }),
        finding('f2', { type: 'office' }),
        finding('f3', { type: 'official', officialId: 'B' }),
        finding('f4', { type: 'official', officialId: 'A' }),
        finding('f5', { type: 'official', officialId: 'ZZ' }),
        finding('f6', { type: 'official', officialId: 'C' }),
      ],
    };
    const groups = findingGroups(record);
    expect(groups.map((g) => [g.key, g.findings.map((f) => f.id)])).toEqual([
      ['office', ['f2']],
      ['C', ['f6']], // Anh < Hằng < Huy (ă sorts before u) < ZZ
      ['A', ['f1', 'f4']],
      ['B', ['f3']],
      ['ZZ', ['f5']],
    ]);
    expect(groups.at(-1)?.subject).toEqual({ type: 'official', officialId: 'ZZ', official: undefined });
    expect(findingGroups({ officials: [], findings: [] })).toEqual([]);
  });

  it('finds the evidence of one finding and shortens hashes to 16 hex digits', () => {
    const evidence = [{ findingId: 'f1', id: '1' }, { findingId: 'f2', id: '2' }] as const;
    expect(evidenceFor({ evidence: evidence as never }, 'f2').map((e) => e.id)).toEqual(['2']);
    expect(shortSha256('0123456789abcdef'.repeat(4))).toBe('0123456789abcdef');
  });
});

describe('cssString', () => {
  it('quotes text for a CSS content value', () => {
    expect(cssString('Biên bản "A" \\ B\nC')).toBe('"Biên bản \\"A\\" \\\\ B C"');
  });
});

describe('report locale files', () => {
  type Tree = { [key: string]: string | Tree };
  const lookup = (tree: Tree, key: string) =>
    key.split('.').reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);

  it('have a label for every value the report builds a key from', () => {
    const keys = [
      ...RecommendationKind.options.map((k) => `report.recommendation.${k}`),
      ...ViolationCategory.options.map((c) => `report.category.${c}`),
      ...Severity.options.map((s) => `report.severity.${s}`),
      ...FindingKind.options.map((k) => `report.findings.kind.${k}`),
      ...EvidenceKind.options.map((k) => `report.evidence.kind.${k}`),
      ...['yes', 'no', 'na', 'none'].map((w) => `report.answer.${w}`),
    ];
    for (const tree of [vi, en] as Tree[]) {
      expect(keys.filter((key) => typeof lookup(tree, key) !== 'string')).toEqual([]);
    }
  });
});
