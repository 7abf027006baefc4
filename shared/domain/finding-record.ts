import { z } from 'zod';
import { IsoDate, IsoInstant, LocalizedText } from './localized';
import { InspectorName } from './inspection';
import { Finding, FindingKind, FindingSubject, RecommendationKind, ViolationCategory } from './finding';
import { CitationKey, ItemId, Severity } from '../catalogue/schema';

/** A person named in the record (witness, office head): name and position as they gave them. */
export const NamedPerson = z.object({
  name: z.string().trim().min(2, 'form.errors.personName').max(120, 'form.errors.nameTooLong'),
  position: z.string().trim().min(1, 'form.errors.personPosition').max(120, 'form.errors.nameTooLong'),
});
export type NamedPerson = z.infer<typeof NamedPerson>;

/**
 * Due process (DESIGN.md): the official's own explanation, or their refusal to
 * give one recorded before a witness. Either satisfies the seal's requirement.
 */
export const Explanation = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('given'),
    text: z.string().trim().min(1, 'form.errors.explanationRequired').max(4000, 'form.errors.textTooLong'),
    recordedAt: IsoInstant,
  }),
  z.object({
    type: z.literal('refused'),
    witness: NamedPerson,
    note: z.string().trim().max(2000, 'form.errors.textTooLong'),
    recordedAt: IsoInstant,
  }),
]);
export type Explanation = z.infer<typeof Explanation>;

/**
 * Decree 73/2023/NĐ-CP: an official who says they acted boldly for the common
 * good may claim protection. The claim records what they proposed, who approved
 * it and when, and the grounds; it travels with the recommendation to HQ.
 */
export const ProtectionClaim = z.object({
  proposal: z.string().trim().min(1, 'form.errors.claimProposalRequired').max(2000, 'form.errors.textTooLong'),
  approvedBy: z.string().trim().max(200, 'form.errors.nameTooLong'),
  approvedOn: z.union([IsoDate, z.literal('')]),
  grounds: z.string().trim().min(1, 'form.errors.groundsRequired').max(4000, 'form.errors.textTooLong'),
  recordedAt: IsoInstant,
});
export type ProtectionClaim = z.infer<typeof ProtectionClaim>;

/** The rules' proposal as stored with the finding (see shared/rules `Proposal`). */
export const StoredProposal = z.object({
  kind: RecommendationKind.nullable(),
  ruleId: z.string().nullable(),
  citations: z.array(z.string()),
  reason: LocalizedText,
  rulesetVersion: z.string(),
  blockedCommendation: z
    .object({
      kind: RecommendationKind,
      ruleId: z.string(),
      citations: z.array(z.string()),
      reason: LocalizedText,
      openFindingIds: z.array(z.string()),
    })
    .optional(),
});
export type StoredProposal = z.infer<typeof StoredProposal>;

/** The inspector's change to the proposal; the proposal itself is kept beside it. */
export const StoredOverride = z.object({
  kind: RecommendationKind.nullable(),
  reason: z.string().trim().min(1).max(2000),
  at: IsoInstant,
  by: InspectorName,
});
export type StoredOverride = z.infer<typeof StoredOverride>;

const recordExtras = z.object({
  explanation: Explanation.nullable(),
  protectionClaim: ProtectionClaim.nullable(),
  proposal: StoredProposal,
  override: StoredOverride.nullable(),
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  createdBy: InspectorName,
});

/** A finding as stored on the device and sealed: the facts plus due process and recommendation. */
export const FindingRecord = z.intersection(Finding, recordExtras);
export type FindingRecord = z.infer<typeof FindingRecord>;

/** What the inspector enters in the finding editor; the repository adds the rest. */
export const FindingDraft = z
  .object({
    subject: FindingSubject,
    kind: FindingKind,
    category: ViolationCategory.optional(),
    severity: Severity,
    itemIds: z.array(ItemId).max(60),
    citations: z.array(CitationKey).max(40),
    narrative: z.string().trim().min(1, 'form.errors.narrativeRequired').max(4000, 'form.errors.textTooLong'),
    observedAt: IsoInstant,
  })
  .refine((draft) => draft.kind === 'commendable' || draft.category !== undefined, {
    path: ['category'],
    message: 'form.errors.categoryRequired',
  });
export type FindingDraft = z.infer<typeof FindingDraft>;

/** What HQ and the printed record act on: the override when there is one, else the proposal. */
export function effectiveRecommendation(finding: Pick<FindingRecord, 'proposal' | 'override'>): z.infer<typeof RecommendationKind> | null {
  return finding.override ? finding.override.kind : finding.proposal.kind;
}
