/**
 * Response shapes of HQ's insight routes (office and official profiles, the
 * dashboard): HQ builds them (hq/staff/), the HQ workspace shows them
 * (renderer/hq/). Dates are ISO 8601 strings; months are `YYYY-MM` in Vietnam time.
 */
import type { FindingKind, RecommendationKind } from '../domain/finding';

export type ReviewStatus = 'received' | 'under_review' | 'decided' | 'reopened';
export type DecisionOutcome = 'approve' | 'change' | 'reject';

/** The current decision on a finding's recommendation (null when none yet). */
export interface TimelineDecision {
  readonly outcome: DecisionOutcome;
  readonly changedTo: RecommendationKind | null;
  readonly reason: string;
  readonly decidedAt: string;
  readonly needsApproval: boolean;
  readonly approvedAt: string | null;
  /** Signed and pullable by the device. */
  readonly released: boolean;
}

/** One finding in a profile timeline, newest inspection first. */
export interface TimelineEntry {
  readonly inspectionId: string;
  readonly officeCode: string;
  readonly sealedAt: string;
  readonly findingId: string;
  readonly kind: FindingKind;
  readonly severity: string;
  /** The effective recommendation the inspector sent (override, else proposal). */
  readonly recommendation: RecommendationKind | null;
  readonly citations: readonly string[];
  /** The inspector's narrative (personal data: HQ staff only). */
  readonly narrative: string;
  readonly officialId: string | null;
  readonly officialName: string | null;
  readonly decision: TimelineDecision | null;
}

export interface ProfileSummary {
  readonly inspections: number;
  readonly commendable: number;
  readonly adverse: number;
  /** Findings with a released current decision. */
  readonly decided: number;
}

export interface OfficeProfile {
  readonly office: { readonly code: string; readonly name: string | null; readonly province: string | null; readonly address: string | null };
  readonly summary: ProfileSummary;
  readonly inspections: readonly { readonly id: string; readonly sealedAt: string; readonly reviewStatus: ReviewStatus; readonly findings: number; readonly adverse: number }[];
  /** At most 500 entries, newest first. */
  readonly timeline: readonly TimelineEntry[];
}

export interface OfficialProfile {
  readonly official: { readonly id: string; readonly name: string | null; readonly position: string | null; readonly unit: string | null; readonly officeCode: string | null };
  readonly summary: ProfileSummary;
  /** At most 500 entries, newest first. */
  readonly timeline: readonly TimelineEntry[];
}

export interface Dashboard {
  readonly period: { readonly from: string | null; readonly to: string | null; readonly province: string | null };
  readonly perMonth: readonly { readonly month: string; readonly inspections: number; readonly findings: number }[];
  /** Top 10 citation keys across findings. */
  readonly topRules: readonly { readonly citation: string; readonly count: number }[];
  /** Top 20 offices by findings. */
  readonly byOffice: readonly { readonly officeCode: string; readonly province: string | null; readonly commendable: number; readonly adverse: number }[];
  readonly byProvince: readonly { readonly province: string; readonly commendable: number; readonly adverse: number }[];
  readonly recommendations: readonly { readonly kind: RecommendationKind; readonly count: number }[];
  readonly outcomes: readonly { readonly outcome: DecisionOutcome; readonly count: number }[];
  /** Days from sealing to the first released decision, per inspection. */
  readonly daysToDecision: {
    readonly count: number;
    readonly median: number | null;
    readonly p90: number | null;
    /** Buckets 0–1, 2–7, 8–30, 31–90, >90 days (`upTo` null = open-ended). */
    readonly buckets: readonly { readonly upTo: number | null; readonly count: number }[];
  };
}
