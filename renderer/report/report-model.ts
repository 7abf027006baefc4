import type { ChecklistItem, ChecklistTemplate, ResponseSpec } from '../../shared/catalogue/schema';
import { isItemInForce } from '../../shared/catalogue';
import type { Answer, AnswerValue } from '../../shared/domain/inspection';
import type { Locale, LocalizedText } from '../../shared/domain/localized';
import type { Official } from '../../shared/domain/roster';
import type { EvidenceMeta } from '../../shared/domain/evidence';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { isFailedAnswer } from '../../shared/domain/answer-validation';
import { formatNumber } from '../i18n/format';

/** Vietnam keeps UTC+7 all year (no DST), so fixed arithmetic is exact and needs no tz database. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export interface VietnamDateParts {
  readonly day: string;
  readonly month: string;
  readonly year: string;
  readonly time: string;
}

export function vietnamDateParts(isoInstant: string): VietnamDateParts {
  const local = new Date(Date.parse(isoInstant) + VIETNAM_OFFSET_MS).toISOString();
  return { year: local.slice(0, 4), month: local.slice(5, 7), day: local.slice(8, 10), time: local.slice(11, 16) };
}

/** `dd/MM/yyyy HH:mm` in Vietnam time: the record is read where it was made, whatever the device clock says. */
export function vietnamDateTime(isoInstant: string): string {
  const { day, month, year, time } = vietnamDateParts(isoInstant);
  return `${day}/${month}/${year} ${time}`;
}

/** A calendar date (YYYY-MM-DD) as `dd/MM/yyyy`; anything else is shown as given. */
export function calendarDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  return match ? `${match[3] ?? ''}/${match[2] ?? ''}/${match[1] ?? ''}` : isoDate;
}

/** Words the answer text needs from the locale files; passed in so this stays pure. */
export type AnswerWord = 'yes' | 'no' | 'na' | 'none';

/** How an answer reads in the printed record, in the response's own terms (unit, scale). */
export function answerText(spec: ResponseSpec, value: AnswerValue | null, locale: Locale, word: (w: AnswerWord) => string): string {
  if (value === null) return word('none');
  if (value.type === 'yes_no_na') return word(value.value);
  if (value.type === 'scale') return spec.type === 'scale' ? `${value.value}/${spec.max}` : String(value.value);
  if (value.type === 'number') {
    const number = formatNumber(value.value, locale);
    return spec.type === 'number' ? `${number} ${spec.unit[locale]}` : number;
  }
  return value.value;
}

/** Item numbers as the checklist runner shows them ("2.3"): only items in force on the day count. */
export function itemNumbers(template: ChecklistTemplate, onDate: string): Map<string, string> {
  const numbers = new Map<string, string>();
  template.sections
    .map((section) => section.items.filter((item) => isItemInForce(item, onDate)))
    .filter((items) => items.length > 0)
    .forEach((items, s) => items.forEach((item, i) => numbers.set(item.id, `${s + 1}.${i + 1}`)));
  return numbers;
}

export interface ChecklistRow {
  readonly number: string;
  readonly itemId: string;
  /** Null when the answer's item is not in this template version on that day (kept, never dropped). */
  readonly item: ChecklistItem | null;
  readonly answer: Answer;
  readonly failed: boolean;
}

export interface ChecklistGroup {
  readonly id: string;
  /** Null for the trailing group of answers whose item the template does not hold. */
  readonly title: LocalizedText | null;
  readonly rows: readonly ChecklistRow[];
}

const hasContent = (answer: Answer): boolean => answer.value !== null || answer.note.trim() !== '';

/** Answered items per template section, in checklist order; a sealed answer is never left out. */
export function checklistGroups(template: ChecklistTemplate, answers: readonly Answer[], onDate: string): ChecklistGroup[] {
  const numbers = itemNumbers(template, onDate);
  const byItem = new Map(answers.filter(hasContent).map((answer) => [answer.itemId, answer]));
  const groups: ChecklistGroup[] = [];
  for (const section of template.sections) {
    const rows = section.items.flatMap((item): ChecklistRow[] => {
      const answer = byItem.get(item.id);
      const number = numbers.get(item.id);
      if (answer === undefined || number === undefined) return [];
      byItem.delete(item.id);
      return [{ number, itemId: item.id, item, answer, failed: isFailedAnswer(item, answer.value) }];
    });
    if (rows.length > 0) groups.push({ id: section.id, title: section.title, rows });
  }
  const orphans = [...byItem.values()].map((answer): ChecklistRow => ({ number: '—', itemId: answer.itemId, item: null, answer, failed: false }));
  if (orphans.length > 0) groups.push({ id: 'other', title: null, rows: orphans });
  return groups;
}

export type FindingSubjectView =
  | { readonly type: 'office' }
  | { readonly type: 'official'; readonly officialId: string; readonly official: Official | undefined };

export interface FindingGroup {
  readonly key: string;
  readonly subject: FindingSubjectView;
  readonly findings: readonly FindingRecord[];
}

/** Vietnamese lists order people by given name (the last word), then by family and middle names. */
export function nameSortKey(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  return [words.at(-1) ?? '', ...words.slice(0, -1)].join(' ');
}

/** Office-level findings first, then one group per official in Vietnamese name order, findings in record order. */
export function findingGroups(record: Pick<InspectionRecord, 'findings' | 'officials'>): FindingGroup[] {
  const officials = new Map(record.officials.map((official) => [official.id, official]));
  const office = record.findings.filter((finding) => finding.subject.type === 'office');
  const perOfficial = new Map<string, FindingRecord[]>();
  for (const finding of record.findings) {
    if (finding.subject.type !== 'official') continue;
    const list = perOfficial.get(finding.subject.officialId) ?? [];
    list.push(finding);
    perOfficial.set(finding.subject.officialId, list);
  }
  const nameOf = (id: string) => nameSortKey(officials.get(id)?.fullName ?? id);
  const collator = new Intl.Collator('vi');
  const groups: FindingGroup[] = [...perOfficial.entries()]
    .sort(([a], [b]) => collator.compare(nameOf(a), nameOf(b)) || (a < b ? -1 : 1))
    .map(([officialId, findings]) => ({ key: officialId, subject: { type: 'official', officialId, official: officials.get(officialId) }, findings }));
  return office.length > 0 ? [{ key: 'office', subject: { type: 'office' }, findings: office }, ...groups] : groups;
}

export function evidenceFor(record: Pick<InspectionRecord, 'evidence'>, findingId: string): EvidenceMeta[] {
  return record.evidence.filter((evidence) => evidence.findingId === findingId);
}

/** Enough of a SHA-256 to compare by eye with the file; the seal covers the full hash. */
export const shortSha256 = (hex: string): string => hex.slice(0, 16);

/** A CSS string literal, for text handed to `@page` margin boxes through a custom property. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, ' ')}"`;
}
