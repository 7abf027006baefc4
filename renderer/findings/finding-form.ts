import { z } from 'zod';
import { FindingKind, ViolationCategory } from '../../shared/domain/finding';
import type { FindingDraft, FindingRecord } from '../../shared/domain/finding-record';
import type { Answer } from '../../shared/domain/inspection';
import type { ChecklistItem } from '../../shared/catalogue/schema';
import { Severity } from '../../shared/catalogue/schema';
import { toLocalInputValue } from '../i18n/format';

/** Form shape (what the inputs hold); messages are i18n keys. `subject` is 'office' or an official's id. */
export const FindingFormSchema = z
  .object({
    subject: z.string().min(1, 'form.errors.subjectRequired'),
    kind: FindingKind,
    category: z.union([ViolationCategory, z.literal('')]),
    severity: Severity,
    itemIds: z.array(z.string()).max(60),
    citations: z.array(z.string()).max(40),
    narrative: z.string().trim().min(1, 'form.errors.narrativeRequired').max(4000, 'form.errors.textTooLong'),
    observedLocal: z
      .string()
      .min(1, 'form.errors.observedRequired')
      .refine((value) => !Number.isNaN(new Date(value).getTime()), 'form.errors.observedInvalid'),
  })
  .refine((values) => values.kind === 'commendable' || values.category !== '', { path: ['category'], message: 'form.errors.categoryRequired' });
export type FindingFormValues = z.infer<typeof FindingFormSchema>;

export function toFindingDraft(values: FindingFormValues): FindingDraft {
  return {
    subject: values.subject === 'office' ? { type: 'office' } : { type: 'official', officialId: values.subject },
    kind: values.kind,
    ...(values.category === '' ? {} : { category: values.category }),
    severity: values.severity,
    itemIds: values.itemIds,
    citations: values.citations,
    narrative: values.narrative.trim(),
    observedAt: new Date(values.observedLocal).toISOString(),
  };
}

/**
 * The form shows only the citations the inspector added: the items' own sources
 * are cited anyway, and unticking an item must drop them.
 */
export function formValuesOf(finding: FindingRecord | undefined, now: Date, items: readonly ChecklistItem[] = []): FindingFormValues {
  if (!finding) {
    return { subject: '', kind: 'violation', category: '', severity: 'medium', itemIds: [], citations: [], narrative: '', observedLocal: toLocalInputValue(now) };
  }
  return {
    subject: finding.subject.type === 'office' ? 'office' : finding.subject.officialId,
    kind: finding.kind,
    category: finding.category ?? '',
    severity: finding.severity,
    itemIds: finding.itemIds,
    citations: finding.citations.filter((key) => !items.some((item) => finding.itemIds.includes(item.id) && item.sources.includes(key))),
    narrative: finding.narrative,
    observedLocal: toLocalInputValue(new Date(finding.observedAt)),
  };
}

/** What an answer suggests: a failed item hints at a violation, a top score at good work. */
export function answerSignal(item: ChecklistItem, answer: Answer | undefined): 'failed' | 'exemplary' | null {
  const value = answer?.value;
  if (!value) return null;
  if (value.type === 'yes_no_na') return value.value === 'no' ? 'failed' : null;
  if (value.type === 'scale' && item.response.type === 'scale') {
    if (value.value < item.response.passAtLeast) return 'failed';
    return value.value === item.response.max ? 'exemplary' : null;
  }
  return null;
}
