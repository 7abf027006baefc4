import type { FindingRecord } from '../domain/finding-record';
import type { DueProcessCheck, Scenario } from './scenario';
import type { TrainingRun } from './score';
import type { FindingMatches } from './score-findings';
import type { DueProcessScore } from './score-types';

/**
 * Due-process checks, each derived from the run alone (never from what the
 * trainee says they did). A check about findings fails when there is nothing
 * to check: a run with no adverse finding has heard no explanation.
 */
export function scoreDueProcess(scenario: Scenario, run: TrainingRun, matched: FindingMatches): DueProcessScore[] {
  return scenario.key.dueProcess.map(({ check, why, citations }) => ({
    check,
    correct: CHECKS[check](scenario, run, matched),
    why,
    citations,
  }));
}

type Check = (scenario: Scenario, run: TrainingRun, matched: FindingMatches) => boolean;

const adverse = (findings: readonly FindingRecord[]): FindingRecord[] => findings.filter((f) => f.kind === 'violation');

const allOf = <T>(list: readonly T[], predicate: (value: T) => boolean): boolean => list.length > 0 && list.every(predicate);

const CHECKS: Readonly<Record<DueProcessCheck, Check>> = {
  // DESIGN.md due process: the official's explanation, or a refusal recorded before a witness.
  explanation_recorded: (_, run) =>
    allOf(
      adverse(run.findings).filter((f) => f.subject.type === 'official'),
      (f) => f.explanation !== null,
    ),

  // Decree 73/2023: the claim must travel with the recommendation, so it must be on the finding.
  protection_claim_recorded: (scenario, _, matched) => {
    const expected = scenario.key.findings;
    const flagged = expected.flatMap((e, i) => (e.protectionClaim === true ? [i] : []));
    const targets =
      flagged.length > 0
        ? flagged
        : expected.flatMap((e, i) => (e.kind === 'violation' && e.subject.type === 'official' ? [i] : []));
    return allOf(targets, (i) => matched.get(i)?.protectionClaim != null);
  },

  // The refusal (with its reason) stands in the office head's place; the lead still signs the record.
  refusal_to_sign_recorded: (_, run) => run.signOff?.officeHead?.type === 'refused' && run.signOff.lead !== null,

  evidence_attached: (_, run) => {
    const withEvidence = new Set(run.evidence.map((e) => e.findingId));
    return allOf(adverse(run.findings), (f) => withEvidence.has(f.id));
  },
};
