import type { Decision } from '../bundle/decision';
import type { FindingStatus } from '../domain/finding';
import { effectiveRecommendation, type FindingRecord } from '../domain/finding-record';
import { decidedKind } from '../lifecycle/decision-coverage';

/**
 * Decree 98/2023 Art. 4 blocks commendation while a person is under inspection or
 * disciplinary review. HQ's released decision ends the inspection's consideration of
 * a finding, so it closes it — unless what HQ settled on is a disciplinary review:
 * the official is then under disciplinary review by the competent authority, which
 * the device cannot see end, and the finding stays open.
 */
export function closedByDecision(decision: Pick<Decision, 'outcome' | 'changedTo'>, finding: Pick<FindingRecord, 'proposal' | 'override'>): boolean {
  return decidedKind(decision, effectiveRecommendation(finding)) !== 'disciplinary_review';
}

/**
 * A finding's status for the rules: as sealed, or closed by HQ's current decision.
 * The sealed record is never rewritten; a decision HQ withdraws reopens the finding.
 */
export function findingStatusWith(
  finding: Pick<FindingRecord, 'status' | 'proposal' | 'override'>,
  decision: Pick<Decision, 'outcome' | 'changedTo'> | undefined,
): FindingStatus {
  if (finding.status === 'closed' || decision === undefined) return finding.status;
  return closedByDecision(decision, finding) ? 'closed' : 'open';
}
