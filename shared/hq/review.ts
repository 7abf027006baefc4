/**
 * Shapes of HQ's review API that the HQ workspace reads: HQ builds them
 * (hq/staff/decisions.ts), the workspace shows them (renderer/hq/).
 */
import type { RecommendationKind } from '../domain/finding';
import type { DecisionOutcome } from './insights';

/** One decision on a finding's recommendation, as HQ staff see it (the device gets the signed form). */
export interface DecisionView {
  readonly id: string;
  readonly findingId: string;
  readonly outcome: DecisionOutcome;
  readonly changedTo: RecommendationKind | null;
  readonly reason: string;
  readonly decidedBy: { readonly id: string; readonly username: string };
  readonly decidedAt: string;
  readonly needsApproval: boolean;
  readonly approvedBy: { readonly id: string; readonly username: string } | null;
  readonly approvedAt: string | null;
  readonly releasedAt: string | null;
  readonly supersededAt: string | null;
  readonly supersededBy: string | null;
  readonly state: 'pending_approval' | 'released' | 'superseded';
}
