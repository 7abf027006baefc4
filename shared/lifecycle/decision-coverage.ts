import type { Decision } from '../bundle/decision';
import type { RecommendationKind } from '../domain/finding';
import { effectiveRecommendation, type FindingRecord } from '../domain/finding-record';

/** What the coverage rule reads of a finding: its id and what HQ was asked to decide on. */
export type DecidableFinding = Pick<FindingRecord, 'id' | 'proposal' | 'override'>;
/** What it reads of a decision HQ still stands by (one HQ replaced or withdrew is not passed in). */
export type CurrentDecision = Pick<Decision, 'id' | 'findingId' | 'decidedAt'>;

export interface DecisionCoverage {
  /** Findings with a recommendation: the ones HQ decides on (hq/API.md, "decided"). */
  readonly required: number;
  /** Of those, how many have a current decision. */
  readonly decided: number;
  /** Every recommendation decided. Never true with nothing to decide: no decision is no acknowledgement. */
  readonly complete: boolean;
  /** Decisions naming a finding this record does not have: kept and shown, never counted. */
  readonly unknownFinding: readonly string[];
}

/** The current decision per finding: HQ serves one, and if it ever served two the newest `decidedAt` wins (hq/API.md). */
export function currentByFinding<D extends CurrentDecision>(decisions: readonly D[]): Map<string, D> {
  const byFinding = new Map<string, D>();
  for (const decision of decisions) {
    const seen = byFinding.get(decision.findingId);
    if (!seen || seen.decidedAt < decision.decidedAt || (seen.decidedAt === decision.decidedAt && seen.id < decision.id)) byFinding.set(decision.findingId, decision);
  }
  return byFinding;
}

/**
 * The acknowledged rule: an inspection is acknowledged when HQ's current, verified
 * decisions cover every finding that carries a recommendation — the same test HQ
 * uses for its own `decided` state.
 */
export function decisionCoverage(findings: readonly DecidableFinding[], decisions: readonly CurrentDecision[]): DecisionCoverage {
  const current = currentByFinding(decisions);
  const known = new Set(findings.map((f) => f.id));
  const asked = findings.filter((f) => effectiveRecommendation(f) !== null);
  const decided = asked.filter((f) => current.has(f.id)).length;
  return {
    required: asked.length,
    decided,
    complete: asked.length > 0 && decided === asked.length,
    unknownFinding: decisions.filter((d) => !known.has(d.findingId)).map((d) => d.id),
  };
}

/** The kind HQ settled on: the recommendation itself, the kind it changed to, or none when rejected. */
export function decidedKind(decision: Pick<Decision, 'outcome' | 'changedTo'>, recommended: RecommendationKind | null): RecommendationKind | null {
  if (decision.outcome === 'approve') return recommended;
  if (decision.outcome === 'change') return decision.changedTo ?? null;
  return null;
}
