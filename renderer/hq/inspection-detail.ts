import type { RecommendationKind } from '../../shared/domain/finding';
import type { DecisionView } from '../../shared/hq/review';
import type { InspectionRecord } from '../../shared/seal/inspection-record';

export type { DecisionView } from '../../shared/hq/review';

/** GET /v1/hq/inspections/:id (hq/staff/inspection-detail.ts). */
export interface FindingView {
  readonly id: string;
  readonly officialId: string | null;
  readonly kind: 'commendable' | 'violation';
  readonly severity: string;
  readonly recommendation: { readonly effective: RecommendationKind | null };
  readonly decisions: readonly DecisionView[];
}

type Check = 'verified' | 'failed';

export interface Integrity {
  readonly manifestSignature: Check;
  readonly receiptSignature: Check;
}

export interface InspectionDetail {
  readonly id: string;
  readonly bundleId: string;
  readonly officeCode: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly deviceId: string;
  readonly sealedAt: string;
  readonly receivedAt: string;
  readonly reviewStatus: 'received' | 'under_review' | 'decided' | 'reopened';
  readonly recordHash: string;
  readonly record: InspectionRecord;
  /** The pinned template as HQ published it; null when HQ has no such version. */
  readonly template: unknown;
  readonly findings: readonly FindingView[];
  readonly evidence: readonly { readonly id: string; readonly findingId: string | null; readonly sha256: string; readonly mediaType: string; readonly size: number }[];
  readonly addenda: readonly { readonly number: number; readonly bundleId: string; readonly receivedAt: string; readonly integrity: Integrity }[];
  readonly integrity: Integrity;
}

/** The decision that counts now (released or awaiting an approver), if any. */
export const currentDecision = (finding: FindingView): DecisionView | undefined => finding.decisions.find((d) => d.state !== 'superseded');

/** Findings with a recommendation, and how many of them have a released decision. */
export function decisionProgress(findings: readonly FindingView[]): { decided: number; total: number } {
  const open = findings.filter((f) => f.recommendation.effective !== null);
  return { decided: open.filter((f) => currentDecision(f)?.state === 'released').length, total: open.length };
}

export const evidenceUrl = (inspectionId: string, evidenceId: string): string =>
  `/v1/hq/inspections/${encodeURIComponent(inspectionId)}/evidence/${encodeURIComponent(evidenceId)}`;
