import { Severity } from '../catalogue/schema';
import type { FindingSubject } from '../domain/finding';
import { effectiveRecommendation, type FindingRecord } from '../domain/finding-record';
import type { ExpectedFinding } from './scenario';
import type { FindingScore, ScoreReport } from './score-types';

/** Expected finding index → the trainee finding matched to it. */
export type FindingMatches = ReadonlyMap<number, FindingRecord>;

export interface FindingsResult {
  readonly findings: FindingScore[];
  readonly extraFindings: ScoreReport['extraFindings'];
  readonly matched: FindingMatches;
}

const severityRank = (severity: Severity): number => Severity.options.indexOf(severity);

const sameSubject = (a: FindingSubject, b: FindingSubject): boolean =>
  a.type === b.type && (a.type === 'office' || (b.type === 'official' && a.officialId === b.officialId));

interface Judgement {
  readonly categoryCorrect: boolean;
  readonly severityCorrect: boolean;
  readonly recommendationCorrect: boolean;
}

function judge(expected: ExpectedFinding, finding: FindingRecord): Judgement {
  const category = finding.category;
  const given = effectiveRecommendation(finding);
  return {
    categoryCorrect: expected.categories.length === 0 || (category !== undefined && expected.categories.includes(category)),
    severityCorrect: expected.minSeverity === null || severityRank(finding.severity) >= severityRank(expected.minSeverity),
    recommendationCorrect: expected.recommendations.length === 0 ? given === null : given !== null && expected.recommendations.includes(given),
  };
}

const points = (j: Judgement): number => 1 + Number(j.categoryCorrect && j.severityCorrect) + Number(j.recommendationCorrect);

/** The database gives rows in no promised order: sort so the same run always matches the same way. */
const byCreation = (a: FindingRecord, b: FindingRecord): number =>
  a.createdAt === b.createdAt ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : a.createdAt < b.createdAt ? -1 : 1;

/**
 * Pairs expected findings with the trainee's: only same subject and kind can
 * pair; the best-scoring pairs are taken first (ties: earlier expected finding,
 * then earlier trainee finding), each side used at most once.
 */
export function matchFindings(expected: readonly ExpectedFinding[], given: readonly FindingRecord[]): FindingsResult {
  const trainee = [...given].sort(byCreation);
  const pairs = expected.flatMap((e, ei) =>
    trainee.flatMap((f, fi) => (sameSubject(e.subject, f.subject) && e.kind === f.kind ? [{ ei, fi, judgement: judge(e, f) }] : [])),
  );
  pairs.sort((a, b) => points(b.judgement) - points(a.judgement) || a.ei - b.ei || a.fi - b.fi);

  const matches = new Map<number, { fi: number; judgement: Judgement }>();
  const used = new Set<number>();
  for (const pair of pairs) {
    if (matches.has(pair.ei) || used.has(pair.fi)) continue;
    matches.set(pair.ei, pair);
    used.add(pair.fi);
  }

  const findings = expected.map((e, ei): FindingScore => {
    const match = matches.get(ei);
    const finding = match === undefined ? undefined : trainee[match.fi];
    const j = match?.judgement;
    return {
      expected: ei,
      subject: e.subject,
      kind: e.kind,
      matchedFindingId: finding?.id ?? null,
      found: finding !== undefined,
      categoryCorrect: j?.categoryCorrect ?? false,
      severityCorrect: j?.severityCorrect ?? false,
      recommendation: {
        given: finding === undefined ? null : effectiveRecommendation(finding),
        accepted: e.recommendations,
        correct: j?.recommendationCorrect ?? false,
      },
      correct: j !== undefined && points(j) === 3,
      why: e.why,
      citations: e.citations,
    };
  });
  const extraFindings = trainee.filter((_, fi) => !used.has(fi)).map((f) => ({ findingId: f.id, kind: f.kind }));
  const matched = new Map<number, FindingRecord>();
  for (const [ei, { fi }] of matches) {
    const finding = trainee[fi];
    if (finding !== undefined) matched.set(ei, finding);
  }
  return { findings, extraFindings, matched };
}
