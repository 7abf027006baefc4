import { needsApprover } from '../../shared/bundle/decision';
import type { RecommendationKind } from '../../shared/domain/finding';
import { effectiveRecommendation, type FindingRecord } from '../../shared/domain/finding-record';
import { currentByFinding, decidedKind, decisionCoverage, type DecisionCoverage } from '../../shared/lifecycle/decision-coverage';
import { findingStatusWith } from '../../shared/rules/finding-closure';
import type { StoredDecision } from '../db';

/** What the inspector sees of HQ's word on one finding. */
export interface FindingDecisionView {
  /** The recommendation the sealed record carried (override, else proposal). */
  readonly recommended: RecommendationKind | null;
  readonly current: StoredDecision | undefined;
  /** What HQ settled on under the current decision; null when rejected or undecided. */
  readonly decidedKind: RecommendationKind | null;
  /** Decisions HQ replaced or withdrew, newest first. */
  readonly superseded: readonly StoredDecision[];
  /** A kind that needs an approver, yet the signed decision names no confirmation. */
  readonly missingApproval: boolean;
  /** For a violation: whether HQ's current decision closes it for the Decree 98 block. */
  readonly status: FindingRecord['status'];
}

export interface InspectionDecisionsView {
  readonly coverage: DecisionCoverage;
  readonly byFinding: ReadonlyMap<string, FindingDecisionView>;
  /** Current decisions naming a finding this record does not have: kept, flagged, never counted. */
  readonly unknown: readonly StoredDecision[];
}

const newestFirst = (a: StoredDecision, b: StoredDecision): number => (a.decidedAt < b.decidedAt ? 1 : a.decidedAt > b.decidedAt ? -1 : 0);

/** Joins the sealed findings of one inspection with every decision stored for it. */
export function inspectionDecisionsView(findings: readonly FindingRecord[], decisions: readonly StoredDecision[]): InspectionDecisionsView {
  const live = decisions.filter((d) => d.supersededAt === undefined);
  const current = currentByFinding(live);
  const coverage = decisionCoverage(findings, live);
  const unknownIds = new Set(coverage.unknownFinding);
  const byFinding = new Map<string, FindingDecisionView>();
  for (const finding of findings) {
    const recommended = effectiveRecommendation(finding);
    const decision = current.get(finding.id);
    const kind = decision ? decidedKind(decision, recommended) : null;
    byFinding.set(finding.id, {
      recommended,
      current: decision,
      decidedKind: kind,
      superseded: decisions.filter((d) => d.findingId === finding.id && d !== decision).sort(newestFirst),
      missingApproval: decision !== undefined && decision.approvedAt === undefined && (needsApprover(recommended) || needsApprover(kind)),
      status: findingStatusWith(finding, decision),
    });
  }
  return { coverage, byFinding, unknown: live.filter((d) => unknownIds.has(d.id)) };
}
