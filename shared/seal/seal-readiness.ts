import { requiresExplanation } from '../rules/recommendation-engine';
import { effectiveRecommendation, type FindingRecord } from '../domain/finding-record';
import type { SignOff } from '../domain/sign-off';
import type { InspectionStatus } from '../lifecycle/inspection-lifecycle';

/** Why an inspection cannot be sealed yet; the UI shows each with a way to fix it. */
export type SealBlocker =
  | { readonly code: 'explanation_missing'; readonly findingId: string }
  | { readonly code: 'lead_signature_missing' }
  | { readonly code: 'office_head_missing' }
  | { readonly code: 'not_signed'; readonly status: InspectionStatus };

/**
 * DESIGN.md due process: no review, reassignment, replacement or disciplinary
 * recommendation is sealed without the official's explanation (giải trình) or a
 * recorded refusal: the competent authority decides only after hearing the
 * official (Decree 112/2020/NĐ-CP). Both sign-offs must be present.
 */
export function sealBlockers(input: {
  readonly status: InspectionStatus;
  readonly findings: readonly Pick<FindingRecord, 'id' | 'subject' | 'proposal' | 'override' | 'explanation'>[];
  readonly signOff: SignOff | undefined;
}): SealBlocker[] {
  const blockers: SealBlocker[] = [];
  for (const finding of input.findings) {
    if (finding.subject.type === 'official' && requiresExplanation(effectiveRecommendation(finding)) && finding.explanation === null) {
      blockers.push({ code: 'explanation_missing', findingId: finding.id });
    }
  }
  if (input.signOff?.lead == null) blockers.push({ code: 'lead_signature_missing' });
  if (input.signOff?.officeHead == null) blockers.push({ code: 'office_head_missing' });
  if (input.status !== 'signed') blockers.push({ code: 'not_signed', status: input.status });
  return blockers;
}
