import { z } from 'zod';
import type { LocalizedText } from '../domain/localized';
import { RecommendationKind, type Finding } from '../domain/finding';
import { vietnamDate } from '../domain/vietnam-date';
import { fail, ok, type Result } from '../result';
import { BLOCK_RULES, RECOMMENDATION_RULES, RULESET_VERSION } from './recommendation-rules';
import { inForce, kindRank, type RecommendationContext, type RecommendationRule, type RuleFacts } from './rule-types';

/** "Within 12 months": an earlier violation at most this many days before the inspection date. */
export const REPEAT_WINDOW_DAYS = 365;

export interface BlockedCommendation {
  /** The positive kind the rules would have proposed. */
  readonly kind: RecommendationKind;
  /** The rule that blocks it, its citations and why. */
  readonly ruleId: string;
  readonly citations: readonly string[];
  readonly reason: LocalizedText;
  /** The open adverse findings that cause the block. */
  readonly openFindingIds: readonly string[];
}

/** What the rules propose; `kind: null` means no recommendation. HQ decides. */
export interface Proposal {
  readonly kind: RecommendationKind | null;
  /** The strongest matching rule, or null when no rule in force matched. */
  readonly ruleId: string | null;
  readonly citations: readonly string[];
  readonly reason: LocalizedText;
  readonly rulesetVersion: string;
  readonly blockedCommendation?: BlockedCommendation;
}

const NO_RULE: LocalizedText = {
  vi: 'Không có quy tắc đang có hiệu lực áp dụng cho nội dung này.',
  en: 'No rule in force applies to this finding.',
};

const dayNumber = (isoDate: string): number => Date.parse(`${isoDate}T00:00:00.000Z`) / 86_400_000;

/** Derives repetition and open adverse findings about the same official. */
export function factsFor(finding: Finding, context: RecommendationContext): RuleFacts {
  const subject = finding.subject;
  if (subject.type !== 'official') return { finding, repeated: false, openAdverseIds: [] };
  const violations = context.history.filter(
    (h) =>
      h.id !== finding.id &&
      h.kind === 'violation' &&
      h.subject.type === 'official' &&
      h.subject.officialId === subject.officialId,
  );
  const today = dayNumber(context.onDate);
  const repeated = violations.some((h) => {
    const age = today - dayNumber(vietnamDate(h.observedAt));
    return Date.parse(h.observedAt) < Date.parse(finding.observedAt) && age >= 0 && age <= REPEAT_WINDOW_DAYS;
  });
  const openAdverseIds = violations.filter((h) => h.status === 'open').map((h) => h.id);
  return { finding, repeated, openAdverseIds };
}

/** Rules in force on `onDate` whose predicate holds, in table order. */
export function matchingRules(facts: RuleFacts, onDate: string): readonly RecommendationRule[] {
  return RECOMMENDATION_RULES.filter((rule) => inForce(rule, onDate) && rule.applies(facts));
}

/** Proposes a recommendation: the strongest matching rule wins; ties go to the earlier rule. */
export function recommendationFor(finding: Finding, context: RecommendationContext): Proposal {
  const rulesetVersion = RULESET_VERSION;
  const facts = factsFor(finding, context);
  const best = matchingRules(facts, context.onDate).reduce<RecommendationRule | undefined>(
    (top, rule) => (top === undefined || kindRank(rule.kind) > kindRank(top.kind) ? rule : top),
    undefined,
  );
  if (best === undefined) return { kind: null, ruleId: null, citations: [], reason: NO_RULE, rulesetVersion };
  const proposal = { ruleId: best.id, citations: best.citations, reason: best.description, rulesetVersion };
  const block = BLOCK_RULES.find(
    (rule) => inForce(rule, context.onDate) && rule.blocks.includes(best.kind) && rule.applies(facts),
  );
  if (block === undefined) return { ...proposal, kind: best.kind };
  const blockedCommendation: BlockedCommendation = {
    kind: best.kind,
    ruleId: block.id,
    citations: block.citations,
    reason: block.description,
    openFindingIds: facts.openAdverseIds,
  };
  return { ...proposal, kind: null, blockedCommendation };
}

/** Due process: these cannot be sealed without the official's explanation or a recorded refusal. */
export const requiresExplanation = (kind: RecommendationKind | null): boolean =>
  kind === 'review' || kind === 'reassignment' || kind === 'replacement' || kind === 'disciplinary_review';

/** The inspector's change to a proposal; a reason is mandatory (DESIGN.md "editable with a reason"). */
export const RecommendationOverride = z.object({
  kind: RecommendationKind.nullable(),
  reason: z.string().trim().min(1).max(2000),
});
export type RecommendationOverride = z.infer<typeof RecommendationOverride>;

export interface OverriddenRecommendation {
  readonly proposal: Proposal;
  readonly override: RecommendationOverride;
}

export type OverrideError = 'invalid_override' | 'commendation_blocked';

/** Keeps the rules' proposal beside the inspector's choice so HQ sees both. */
export function overrideRecommendation(
  proposal: Proposal,
  input: unknown,
): Result<OverriddenRecommendation, OverrideError> {
  const parsed = RecommendationOverride.safeParse(input);
  if (!parsed.success) return fail('invalid_override', parsed.error.issues.map((i) => i.message).join('; '));
  const kind = parsed.data.kind;
  // Decree 98/2023 Art. 4: an override cannot bring back a blocked commendation or praise.
  if (proposal.blockedCommendation !== undefined && (kind === 'praise' || kind === 'commendation')) {
    return fail('commendation_blocked', proposal.blockedCommendation.ruleId);
  }
  return ok({ proposal, override: parsed.data });
}
