import { z } from 'zod';
import { CitationKey, ItemId, Severity } from '../catalogue/schema';
import { FindingKind, RecommendationKind, ViolationCategory } from '../domain/finding';
import { AnswerValue } from '../domain/inspection';
import { LocalizedText } from '../domain/localized';
import { Office, Official } from '../domain/roster';
import { TRAINING_OFFICE_PREFIX } from './training-office';

/**
 * A training scenario (issue 7): a fictional office, its officials and a
 * situation, run on a real catalogue template, with the answer key a trainee's
 * run is scored against (score.ts). Scenarios are data: shipped ones live in
 * scenarios/, trainers write more in the app and share them as packs (JSON).
 */
export const SCENARIO_FORMAT = 'inspection-kit/training-scenario/v1';
export const SCENARIO_PACK_FORMAT = 'inspection-kit/training-pack/v1';

export const ScenarioId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case scenario id').min(3).max(64);

/** The expected answer to one checklist item, and why (shown to the trainee after scoring). */
export const ExpectedAnswer = z.object({
  itemId: ItemId,
  /** Any of these counts as right (e.g. a scale of 1 or 2). */
  accept: z.array(AnswerValue).min(1).max(10),
  why: LocalizedText,
  citations: z.array(CitationKey).min(1).max(10),
});
export type ExpectedAnswer = z.infer<typeof ExpectedAnswer>;

export const ExpectedSubject = z.discriminatedUnion('type', [
  z.object({ type: z.literal('office') }),
  z.object({ type: z.literal('official'), officialId: Official.shape.id }),
]);

/** A finding the trainee should record. Matched to the trainee's findings by subject and kind. */
export const ExpectedFinding = z.object({
  subject: ExpectedSubject,
  kind: FindingKind,
  /** For violations: the category a right answer names (any of them). */
  categories: z.array(ViolationCategory).max(8).default([]),
  /** The lowest severity that counts as right (null: any). */
  minSeverity: Severity.nullable().default(null),
  /** Recommendation kinds that count as right (empty: the trainee should propose none). */
  recommendations: z.array(RecommendationKind).max(7),
  /** Items the finding should cite (at least one of them, when given). */
  itemIds: z.array(ItemId).max(20).default([]),
  /** The official invokes Decree 73/2023 protection here: `protection_claim_recorded` looks for the claim on this finding. */
  protectionClaim: z.boolean().optional(),
  why: LocalizedText,
  citations: z.array(CitationKey).min(1).max(10),
});
export type ExpectedFinding = z.infer<typeof ExpectedFinding>;

/** Due-process steps the scenario tests (each scored as done or not). */
export const DueProcessCheck = z.enum([
  /** Every adverse finding about a named official has the official's explanation, or a recorded refusal. */
  'explanation_recorded',
  /** The official invoked Decree 73/2023 protection and the trainee recorded the claim. */
  'protection_claim_recorded',
  /** The office head refused to sign and the trainee recorded the refusal (with a witness) instead of a signature. */
  'refusal_to_sign_recorded',
  /** Evidence is attached to each adverse finding. */
  'evidence_attached',
]);
export type DueProcessCheck = z.infer<typeof DueProcessCheck>;

export const ScenarioKey = z.object({
  answers: z.array(ExpectedAnswer).min(1).max(200),
  findings: z.array(ExpectedFinding).max(20),
  dueProcess: z.array(z.object({ check: DueProcessCheck, why: LocalizedText, citations: z.array(CitationKey).min(1).max(10) })).max(10),
});
export type ScenarioKey = z.infer<typeof ScenarioKey>;

export const Scenario = z.object({
  format: z.literal(SCENARIO_FORMAT),
  id: ScenarioId,
  version: z.number().int().positive(),
  title: LocalizedText,
  /** One or two sentences for the scenario list. */
  summary: LocalizedText,
  /** What the trainee sees and hears at the office: the situation, as a narrative. */
  situation: LocalizedText,
  template: z.object({ id: z.string().min(1), version: z.number().int().positive() }),
  /** Fictional; codes start with `TRAIN-` so they can never be mistaken for a real office. */
  office: Office.extend({ code: z.string().regex(new RegExp(`^${TRAINING_OFFICE_PREFIX}[A-Z0-9-]{2,24}$`), `training office codes start with ${TRAINING_OFFICE_PREFIX}`) }),
  officials: z.array(Official).max(30),
  /** Target time for the run, shown next to the time taken (not a hard limit). */
  targetMinutes: z.number().int().min(1).max(480),
  key: ScenarioKey,
});
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioPack = z.object({
  format: z.literal(SCENARIO_PACK_FORMAT),
  exportedAt: z.iso.datetime(),
  scenarios: z.array(Scenario).min(1).max(200),
});
export type ScenarioPack = z.infer<typeof ScenarioPack>;
