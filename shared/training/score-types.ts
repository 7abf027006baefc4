import type { AnswerValue } from '../domain/inspection';
import type { FindingKind, RecommendationKind } from '../domain/finding';
import type { LocalizedText } from '../domain/localized';
import type { DueProcessCheck } from './scenario';

/**
 * What score.ts answers for one rehearsal run: per item, per expected finding
 * and per due-process step, right or wrong, with the rule it comes from and why.
 * Pure data, so the run history can store it and CSV can export it.
 */
export interface ItemScore {
  readonly itemId: string;
  readonly given: AnswerValue | null;
  readonly accepted: readonly AnswerValue[];
  readonly correct: boolean;
  readonly why: LocalizedText;
  readonly citations: readonly string[];
}

export interface FindingScore {
  /** Index in the scenario key's findings. */
  readonly expected: number;
  readonly subject: { readonly type: 'office' } | { readonly type: 'official'; readonly officialId: string };
  readonly kind: FindingKind;
  /** The trainee's finding matched to it (same subject and kind), if any. */
  readonly matchedFindingId: string | null;
  readonly found: boolean;
  readonly categoryCorrect: boolean;
  readonly severityCorrect: boolean;
  readonly recommendation: { readonly given: RecommendationKind | null; readonly accepted: readonly RecommendationKind[]; readonly correct: boolean };
  readonly correct: boolean;
  readonly why: LocalizedText;
  readonly citations: readonly string[];
}

export interface DueProcessScore {
  readonly check: DueProcessCheck;
  readonly correct: boolean;
  readonly why: LocalizedText;
  readonly citations: readonly string[];
}

export interface ScoreReport {
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** Points: one per item, three per expected finding (found, classified, recommended), one per due-process step. */
  readonly points: number;
  readonly maxPoints: number;
  /** 0–100, rounded down. */
  readonly percent: number;
  readonly items: readonly ItemScore[];
  readonly findings: readonly FindingScore[];
  /** Trainee findings that match nothing in the key (shown, cost a point each, never below zero). */
  readonly extraFindings: readonly { readonly findingId: string; readonly kind: FindingKind }[];
  readonly dueProcess: readonly DueProcessScore[];
  readonly durationSeconds: number;
  readonly targetMinutes: number;
}
