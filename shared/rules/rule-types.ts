import type { LocalizedText } from '../domain/localized';
import type { Finding, FindingKind, FindingStatus, FindingSubject, RecommendationKind } from '../domain/finding';

/**
 * Kinds from weakest to strongest: when several rules match, the strongest wins.
 * Positive kinds sit below every adverse one; a finding is either commendable or a
 * violation, so the two groups never compete.
 */
export const KIND_ORDER = [
  'praise',
  'commendation',
  'reminder',
  'review',
  'reassignment',
  'replacement',
  'disciplinary_review',
] as const satisfies readonly RecommendationKind[];

export const kindRank = (kind: RecommendationKind): number => KIND_ORDER.indexOf(kind);

/** What the engine needs to know about an earlier finding (from this device or from HQ). */
export interface PriorFinding {
  readonly id: string;
  readonly subject: FindingSubject;
  readonly kind: FindingKind;
  readonly status: FindingStatus;
  readonly observedAt: string;
}

export interface RecommendationContext {
  /** The inspection's date in Vietnam (YYYY-MM-DD): the rules in force that day apply. */
  readonly onDate: string;
  /** Earlier findings about the same official; others are ignored. */
  readonly history: readonly PriorFinding[];
}

/** Facts derived once from a finding and its context; rule predicates read only these. */
export interface RuleFacts {
  readonly finding: Finding;
  /** At least one earlier violation by the same official in the 365 days up to `onDate`. */
  readonly repeated: boolean;
  /** Ids of open violations about the same official (Decree 98/2023 Art. 4). */
  readonly openAdverseIds: readonly string[];
}

interface Dated {
  readonly id: string;
  readonly description: LocalizedText;
  /** Citation keys (see `catalogue/citations.ts`); never empty. */
  readonly citations: readonly string[];
  /** First and last day in force (ISO dates, inclusive). */
  readonly effectiveFrom: string;
  readonly effectiveTo?: string;
}

/** A rule proposing `kind` when `applies` holds. */
export interface RecommendationRule extends Dated {
  readonly kind: RecommendationKind;
  readonly applies: (facts: RuleFacts) => boolean;
}

/** A rule forbidding some kinds to be proposed when `applies` holds. */
export interface BlockRule extends Dated {
  readonly blocks: readonly RecommendationKind[];
  readonly applies: (facts: RuleFacts) => boolean;
}

export const inForce = (rule: Pick<Dated, 'effectiveFrom' | 'effectiveTo'>, onDate: string): boolean =>
  rule.effectiveFrom <= onDate && (rule.effectiveTo === undefined || onDate <= rule.effectiveTo);
