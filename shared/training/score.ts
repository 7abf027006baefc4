import type { EvidenceMeta } from '../domain/evidence';
import type { FindingRecord } from '../domain/finding-record';
import type { Answer, AnswerValue } from '../domain/inspection';
import type { SignOff } from '../domain/sign-off';
import type { Scenario } from './scenario';
import type { ItemScore, ScoreReport } from './score-types';
import { scoreDueProcess } from './score-due-process';
import { matchFindings } from './score-findings';

/**
 * Scores a rehearsal run against its scenario's answer key (issue 7). Pure and
 * deterministic: the same scenario and run always give the same report.
 *
 * Points (score-types.ts):
 * - Items: one point per key item whose answer is one of the accepted values.
 *   Values compare by type and value; text compares trimmed, with runs of
 *   spaces collapsed, case-insensitively (NFC). An unanswered item scores 0.
 * - Findings: three points per expected finding, after matching (score-findings.ts):
 *   found (a trainee finding with the same subject and kind), classified (its
 *   category among `categories` when the key gives any, and its severity at
 *   least `minSeverity` when given), recommended (its effective recommendation,
 *   the inspector's override if any, else the rules' proposal, among
 *   `recommendations`; none when that list is empty).
 * - Due process: one point per check in the key, derived from the run
 *   (score-due-process.ts): explanation or recorded refusal on every adverse
 *   finding about an official; the Decree 73 claim on the expected finding(s);
 *   the office head's refusal to sign recorded, with the lead's signature beside
 *   it; evidence on every adverse finding.
 * - Each trainee finding that matches no expected one costs one point; the
 *   total never goes below zero.
 * `percent` is points / maxPoints × 100, rounded down; `durationSeconds` is
 * finishedAt − startedAt (0 when unreadable or negative). An expected finding's
 * `itemIds` are feedback for the trainee, not scored.
 */

/** What the Training workspace reads from its own database for one run. */
export interface TrainingRun {
  readonly answers: readonly Answer[];
  readonly findings: readonly FindingRecord[];
  /** Only which finding each piece of evidence belongs to matters here. */
  readonly evidence: readonly Pick<EvidenceMeta, 'findingId'>[];
  readonly signOff: SignOff | null;
  /** ISO instants; the run's duration is the time between them. */
  readonly startedAt: string;
  readonly finishedAt: string;
}

export function scoreRun(scenario: Scenario, run: TrainingRun): ScoreReport {
  const items = scoreItems(scenario, run.answers);
  const { findings, extraFindings, matched } = matchFindings(scenario.key.findings, run.findings);
  const dueProcess = scoreDueProcess(scenario, run, matched);

  const itemPoints = items.filter((item) => item.correct).length;
  const findingPoints = findings.reduce(
    (sum, f) => sum + Number(f.found) + Number(f.categoryCorrect && f.severityCorrect) + Number(f.recommendation.correct),
    0,
  );
  const duePoints = dueProcess.filter((check) => check.correct).length;
  const points = Math.max(0, itemPoints + findingPoints + duePoints - extraFindings.length);
  const maxPoints = items.length + 3 * findings.length + dueProcess.length;

  return {
    scenarioId: scenario.id,
    scenarioVersion: scenario.version,
    points,
    maxPoints,
    percent: maxPoints === 0 ? 0 : Math.floor((points * 100) / maxPoints),
    items,
    findings,
    extraFindings,
    dueProcess,
    durationSeconds: durationSeconds(run.startedAt, run.finishedAt),
    targetMinutes: scenario.targetMinutes,
  };
}

function scoreItems(scenario: Scenario, answers: readonly Answer[]): ItemScore[] {
  const latest = latestAnswers(answers);
  return scenario.key.answers.map((expected) => {
    const given = latest.get(expected.itemId) ?? null;
    return {
      itemId: expected.itemId,
      given,
      accepted: expected.accept,
      correct: given !== null && expected.accept.some((value) => sameAnswer(value, given)),
      why: expected.why,
      citations: expected.citations,
    };
  });
}

/** One answer per item is the rule (`answerId`); should two arrive, the later revision wins. */
function latestAnswers(answers: readonly Answer[]): Map<string, AnswerValue | null> {
  const byItem = new Map<string, Answer>();
  for (const answer of answers) {
    const current = byItem.get(answer.itemId);
    if (current === undefined || answer.revision > current.revision) byItem.set(answer.itemId, answer);
  }
  return new Map([...byItem].map(([itemId, answer]) => [itemId, answer.value]));
}

const normaliseText = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('vi');

export function sameAnswer(expected: AnswerValue, given: AnswerValue): boolean {
  if (expected.type === 'text' && given.type === 'text') return normaliseText(expected.value) === normaliseText(given.value);
  return expected.type === given.type && expected.value === given.value;
}

function durationSeconds(startedAt: string, finishedAt: string): number {
  const ms = Date.parse(finishedAt) - Date.parse(startedAt);
  return Number.isFinite(ms) && ms > 0 ? Math.round(ms / 1000) : 0;
}
