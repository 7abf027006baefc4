import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Severity } from '../catalogue/schema';
import { RecommendationKind, ViolationCategory, type FindingSubject } from '../domain/finding';
import type { FindingRecord } from '../domain/finding-record';
import type { AnswerValue } from '../domain/inspection';
import { Scenario, SCENARIO_FORMAT } from './scenario';
import { scoreRun, type TrainingRun } from './score';
import { SHIPPED_SCENARIOS } from './scenarios';
import { answer, AT, emptyRun, findingRecord, headRefused, ON_DATE, runFromKey, signedByBoth } from './test-fixtures';

const OFFICIAL = 'train-t-an';
const OTHER = 'train-t-binh';
const why = { vi: 'Lý do.', en: 'Because.' };
const cite = ['3476/BHXH-TCCB#2.1'];
const YES: AnswerValue = { type: 'yes_no_na', value: 'yes' };
const NO: AnswerValue = { type: 'yes_no_na', value: 'no' };

/** 3 items + 2 findings × 3 + 4 due-process checks = 13 points. */
const SCENARIO = Scenario.parse({
  format: SCENARIO_FORMAT,
  id: 'score-test',
  version: 2,
  title: why,
  summary: why,
  situation: why,
  template: { id: 'individual-responsibility', version: 1 },
  office: { code: 'TRAIN-T-01', name: 'Đơn vị thử', province: 'Tỉnh thử', address: 'Số 1', demo: true },
  officials: [
    { id: OFFICIAL, officeCode: 'TRAIN-T-01', fullName: 'Nguyễn Văn An', position: 'Viên chức', unit: 'Tổ Chế độ', demo: true },
    { id: OTHER, officeCode: 'TRAIN-T-01', fullName: 'Trần Thị Bình', position: 'Viên chức', unit: 'Tổ Thu', demo: true },
  ],
  targetMinutes: 20,
  key: {
    answers: [
      { itemId: 'ir-04-handled-on-time', accept: [NO], why, citations: cite },
      { itemId: 'ir-05-overdue-items-held', accept: [{ type: 'number', value: 3 }], why, citations: cite },
      { itemId: 'ir-12-initiative', accept: [{ type: 'scale', value: 4 }, { type: 'scale', value: 5 }], why, citations: ['1251/BHXH-TCCB#4'] },
    ],
    findings: [
      {
        subject: { type: 'official', officialId: OFFICIAL },
        kind: 'violation',
        categories: ['timeliness'],
        minSeverity: 'medium',
        recommendations: ['reminder', 'review'],
        protectionClaim: true,
        why: { vi: 'Chậm trễ.', en: 'Delay.' },
        citations: ['3476/BHXH-TCCB#2.1'],
      },
      {
        subject: { type: 'official', officialId: OTHER },
        kind: 'commendable',
        recommendations: [],
        why: { vi: 'Làm tốt.', en: 'Good work.' },
        citations: ['1251/BHXH-TCCB#4'],
      },
    ],
    dueProcess: (['explanation_recorded', 'protection_claim_recorded', 'refusal_to_sign_recorded', 'evidence_attached'] as const).map((check) => ({ check, why, citations: cite })),
  },
});

const an: FindingSubject = { type: 'official', officialId: OFFICIAL };
const binh: FindingSubject = { type: 'official', officialId: OTHER };

/** Everything right: the violation proposes a reminder, the commendable one is overridden to none. */
function perfect(): { run: TrainingRun; violation: FindingRecord; good: FindingRecord } {
  const violation = findingRecord({ subject: an, kind: 'violation', category: 'timeliness', severity: 'medium', explained: true, claim: true });
  const good = findingRecord({ subject: binh, kind: 'commendable', severity: 'low', override: null });
  const run = {
    answers: [answer('ir-04-handled-on-time', NO), answer('ir-05-overdue-items-held', { type: 'number', value: 3 }), answer('ir-12-initiative', { type: 'scale', value: 5 })],
    findings: [violation, good],
    evidence: [{ findingId: violation.id }],
    signOff: headRefused(),
    startedAt: AT,
    finishedAt: '2026-11-23T02:25:00.000Z',
  };
  return { run, violation, good };
}

const perfectRun = (): TrainingRun => perfect().run;

const dueProcess = (run: TrainingRun): Record<string, boolean> =>
  Object.fromEntries(scoreRun(SCENARIO, run).dueProcess.map((d) => [d.check, d.correct]));

describe('scoreRun', () => {
  it('gives a perfect run every point, with the key’s reasons and citations', () => {
    const report = scoreRun(SCENARIO, perfectRun());
    expect(report).toMatchObject({ scenarioId: 'score-test', scenarioVersion: 2, points: 13, maxPoints: 13, percent: 100, extraFindings: [], durationSeconds: 1500, targetMinutes: 20 });
    expect(report.items.every((item) => item.correct)).toBe(true);
    expect(report.findings.map((f) => f.correct)).toEqual([true, true]);
    expect(report.findings[0]?.recommendation).toEqual({ given: 'reminder', accepted: ['reminder', 'review'], correct: true });
    expect(report.findings[0]?.why).toEqual({ vi: 'Chậm trễ.', en: 'Delay.' });
    expect(report.items[2]).toMatchObject({ given: { type: 'scale', value: 5 }, citations: ['1251/BHXH-TCCB#4'] });
  });

  it('scores an empty run 0 and says what was missing', () => {
    const report = scoreRun(SCENARIO, emptyRun());
    expect(report).toMatchObject({ points: 0, maxPoints: 13, percent: 0, durationSeconds: 0 });
    expect(report.items.map((i) => i.given)).toEqual([null, null, null]);
    expect(report.findings.every((f) => !f.found && f.matchedFindingId === null && !f.categoryCorrect && !f.recommendation.correct)).toBe(true);
    expect(report.dueProcess.every((d) => !d.correct)).toBe(true);
  });

  it('scores an all-wrong run 0, and extra findings never push it below zero', () => {
    const extras = [
      findingRecord({ subject: { type: 'office' }, kind: 'violation', category: 'harassment', severity: 'high' }),
      findingRecord({ subject: an, kind: 'commendable', severity: 'high' }),
      findingRecord({ subject: binh, kind: 'violation', category: 'conduct', severity: 'low' }),
    ];
    const run: TrainingRun = {
      answers: [answer('ir-04-handled-on-time', YES), answer('ir-05-overdue-items-held', { type: 'number', value: 0 }), answer('ir-12-initiative', { type: 'scale', value: 2 })],
      findings: extras,
      evidence: [],
      signOff: signedByBoth(),
      startedAt: AT,
      finishedAt: AT,
    };
    const report = scoreRun(SCENARIO, run);
    expect(report.points).toBe(0);
    expect(report.percent).toBe(0);
    expect(report.extraFindings.map((e) => e.findingId).sort()).toEqual(extras.map((f) => f.id).sort());
  });

  it('subtracts one point per extra finding from a partial score', () => {
    const run = perfectRun();
    const extra = findingRecord({ subject: { type: 'office' }, kind: 'violation', category: 'conduct', severity: 'low' });
    const report = scoreRun(SCENARIO, { ...run, findings: [...run.findings, extra], evidence: [...run.evidence, { findingId: extra.id }] });
    expect(report.extraFindings).toEqual([{ findingId: extra.id, kind: 'violation' }]);
    expect(report.points).toBe(12);
    expect(report.percent).toBe(92);
  });

  it('gives partial credit: found but misclassified, wrong recommendation, some items wrong', () => {
    const violation = findingRecord({ subject: an, kind: 'violation', category: 'conduct', severity: 'low', explained: true, claim: true, override: 'reassignment' });
    const run: TrainingRun = {
      ...perfectRun(),
      answers: [answer('ir-04-handled-on-time', NO), answer('ir-12-initiative', { type: 'scale', value: 3 })],
      findings: [violation],
      evidence: [{ findingId: violation.id }],
    };
    const report = scoreRun(SCENARIO, run);
    const [first, second] = report.findings;
    expect(report.items.map((i) => i.correct)).toEqual([true, false, false]);
    expect(first).toMatchObject({ found: true, matchedFindingId: violation.id, categoryCorrect: false, severityCorrect: false, correct: false });
    expect(first?.recommendation).toEqual({ given: 'reassignment', accepted: ['reminder', 'review'], correct: false });
    expect(second?.found).toBe(false);
    // 1 item + 1 found + 4 due-process checks.
    expect(report.points).toBe(6);
    expect(report.percent).toBe(46);
  });

  it('scores classification as category and severity together, each reported', () => {
    const { run, good } = perfect();
    const high = findingRecord({ subject: an, kind: 'violation', category: 'consultation', severity: 'high', explained: true, claim: true });
    const report = scoreRun(SCENARIO, { ...run, findings: [high, good], evidence: [{ findingId: high.id }] });
    expect(report.findings[0]).toMatchObject({ categoryCorrect: false, severityCorrect: true, correct: false });
    // consultation + high: the rules propose a review, which the key accepts.
    expect(report.findings[0]?.recommendation).toMatchObject({ given: 'review', correct: true });
    expect(report.points).toBe(12);
  });

  it('reads the effective recommendation: the override when there is one, else the proposal', () => {
    const { run, violation, good } = perfect();
    const proposedPraise = findingRecord({ subject: binh, kind: 'commendable', severity: 'low' });
    expect(proposedPraise.proposal.kind).toBe('praise');
    const withPraise = scoreRun(SCENARIO, { ...run, findings: [violation, proposedPraise] });
    expect(withPraise.findings[1]?.recommendation).toEqual({ given: 'praise', accepted: [], correct: false });
    const overridden = findingRecord({ subject: an, kind: 'violation', category: 'timeliness', severity: 'medium', explained: true, claim: true, override: 'review' });
    const withOverride = scoreRun(SCENARIO, { ...run, findings: [overridden, good], evidence: [{ findingId: overridden.id }] });
    expect(withOverride.findings[0]?.recommendation).toMatchObject({ given: 'review', correct: true });
  });

  it('matches each expected finding to the best trainee finding once, whatever order the database gives', () => {
    const weak = findingRecord({ subject: an, kind: 'violation', category: 'conduct', severity: 'low', createdAt: '2026-11-23T02:01:00.000Z' });
    const strong = findingRecord({ subject: an, kind: 'violation', category: 'timeliness', severity: 'medium', createdAt: '2026-11-23T02:02:00.000Z' });
    for (const findings of [[weak, strong], [strong, weak]]) {
      const report = scoreRun(SCENARIO, { ...emptyRun(), findings });
      expect(report.findings[0]?.matchedFindingId).toBe(strong.id);
      expect(report.extraFindings).toEqual([{ findingId: weak.id, kind: 'violation' }]);
    }
    const twin = { ...strong, id: '00000000-0000-4000-8000-ffffffffffff' };
    const a = scoreRun(SCENARIO, { ...emptyRun(), findings: [strong, twin] });
    const b = scoreRun(SCENARIO, { ...emptyRun(), findings: [twin, strong] });
    expect(a.findings[0]?.matchedFindingId).toBe(b.findings[0]?.matchedFindingId);
  });

  it('takes the latest revision when an item has two answers, and compares text loosely', () => {
    const report = scoreRun(SCENARIO, { ...emptyRun(), answers: [answer('ir-04-handled-on-time', NO, 3), answer('ir-04-handled-on-time', YES, 2)] });
    expect(report.items[0]).toMatchObject({ given: NO, correct: true });
    const textual = Scenario.parse({ ...SCENARIO, key: { ...SCENARIO.key, answers: [{ itemId: 'ir-13-work-to-praise', accept: [{ type: 'text', value: 'Giải quyết hồ sơ tồn đọng' }], why, citations: cite }] } });
    const loose = scoreRun(textual, { ...emptyRun(), answers: [answer('ir-13-work-to-praise', { type: 'text', value: '  giải quyết   HỒ SƠ tồn đọng ' })] });
    expect(loose.items[0]?.correct).toBe(true);
    const unanswered = scoreRun(SCENARIO, { ...emptyRun(), answers: [answer('ir-04-handled-on-time', null)] });
    expect(unanswered.items[0]).toMatchObject({ given: null, correct: false });
  });

  it('never reports a negative or unparseable duration', () => {
    expect(scoreRun(SCENARIO, { ...emptyRun(), startedAt: '2026-11-23T03:00:00.000Z', finishedAt: AT }).durationSeconds).toBe(0);
    expect(scoreRun(SCENARIO, { ...emptyRun(), startedAt: 'not a date' }).durationSeconds).toBe(0);
  });
});

describe('due-process checks', () => {
  it('all hold in the perfect run', () => {
    expect(dueProcess(perfectRun())).toEqual({ explanation_recorded: true, protection_claim_recorded: true, refusal_to_sign_recorded: true, evidence_attached: true });
  });

  it('fails when the official’s explanation is missing, and accepts a refusal before a witness', () => {
    const { run, violation, good } = perfect();
    expect(dueProcess({ ...run, findings: [{ ...violation, explanation: null }, good] }).explanation_recorded).toBe(false);
    const refused = { ...violation, explanation: { type: 'refused' as const, witness: { name: 'Lâm Thị Ngọc', position: 'Phó Giám đốc' }, note: '', recordedAt: AT } };
    expect(dueProcess({ ...run, findings: [refused, good] }).explanation_recorded).toBe(true);
    // Every adverse finding about an official counts, not only the expected one.
    const unheard = findingRecord({ subject: binh, kind: 'violation', category: 'conduct', severity: 'low' });
    expect(dueProcess({ ...run, findings: [...run.findings, unheard] }).explanation_recorded).toBe(false);
    expect(scoreRun(SCENARIO, { ...run, findings: [{ ...violation, explanation: null }, good] }).points).toBe(12);
  });

  it('fails when the protection claim is not recorded on the expected finding', () => {
    const { run, violation, good } = perfect();
    expect(dueProcess({ ...run, findings: [{ ...violation, protectionClaim: null }, good] }).protection_claim_recorded).toBe(false);
    // A claim on some other finding does not count.
    const elsewhere = findingRecord({ subject: binh, kind: 'violation', category: 'conduct', severity: 'low', claim: true });
    expect(dueProcess({ ...run, findings: [{ ...violation, protectionClaim: null }, good, elsewhere] }).protection_claim_recorded).toBe(false);
  });

  it('fails when the refusal to sign is not recorded (a signature, or nothing, instead)', () => {
    const run = perfectRun();
    expect(dueProcess({ ...run, signOff: signedByBoth() }).refusal_to_sign_recorded).toBe(false);
    expect(dueProcess({ ...run, signOff: null }).refusal_to_sign_recorded).toBe(false);
    expect(dueProcess({ ...run, signOff: { ...headRefused(), lead: null } }).refusal_to_sign_recorded).toBe(false);
  });

  it('fails when an adverse finding has no evidence', () => {
    const { run, good } = perfect();
    expect(dueProcess({ ...run, evidence: [] }).evidence_attached).toBe(false);
    expect(dueProcess({ ...run, evidence: [{ findingId: good.id }] }).evidence_attached).toBe(false);
  });
});

describe('scoring properties', () => {
  const scenarios = [SCENARIO, ...SHIPPED_SCENARIOS];
  const severity = fc.constantFrom(...Severity.options);

  const runArb = (scenario: Scenario): fc.Arbitrary<TrainingRun> => {
    const subjects: FindingSubject[] = [{ type: 'office' }, ...scenario.officials.map((o) => ({ type: 'official' as const, officialId: o.id }))];
    const valueArb = (accepted: readonly AnswerValue[]): fc.Arbitrary<AnswerValue | null> =>
      fc.oneof(fc.constantFrom(...accepted), fc.constant(null), fc.constantFrom<AnswerValue>(YES, NO, { type: 'number', value: 7 }, { type: 'scale', value: 1 }, { type: 'time', value: '09:00' }));
    const answersArb = fc.tuple(...scenario.key.answers.map((a) => fc.option(valueArb(a.accept), { nil: undefined }).map((v) => (v === undefined ? [] : [answer(a.itemId, v)]))));
    const findingArb = fc
      .record({
        subject: fc.constantFrom(...subjects),
        kind: fc.constantFrom('commendable' as const, 'violation' as const),
        severity,
        category: fc.constantFrom(...ViolationCategory.options),
        explained: fc.boolean(),
        claim: fc.boolean(),
        override: fc.option(fc.option(fc.constantFrom(...RecommendationKind.options), { nil: null }), { nil: undefined }),
      })
      .map(({ override, ...spec }) => findingRecord(override === undefined ? spec : { ...spec, override }));
    return fc.record({ answers: answersArb, findings: fc.array(findingArb, { maxLength: 5 }), evidenceFor: fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), refused: fc.boolean() }).map(
      ({ answers, findings, evidenceFor, refused }) => ({
        answers: answers.flat(),
        findings,
        evidence: findings.filter((_, i) => evidenceFor[i] === true).map((f) => ({ findingId: f.id })),
        signOff: refused ? headRefused() : signedByBoth(),
        startedAt: AT,
        finishedAt: `${ON_DATE}T03:00:00.000Z`,
      }),
    );
  };

  const withRun = fc.constantFrom(...scenarios).chain((scenario) => fc.tuple(fc.constant(scenario), runArb(scenario), fc.nat({ max: scenario.key.answers.length - 1 })));

  it('keeps the score within [0, max] and lists every expected item once, in key order', () => {
    fc.assert(
      fc.property(withRun, ([scenario, run]) => {
        const report = scoreRun(scenario, run);
        expect(report.points).toBeGreaterThanOrEqual(0);
        expect(report.points).toBeLessThanOrEqual(report.maxPoints);
        expect(report.percent).toBeGreaterThanOrEqual(0);
        expect(report.percent).toBeLessThanOrEqual(100);
        expect(report.items.map((i) => i.itemId)).toEqual(scenario.key.answers.map((a) => a.itemId));
        expect(report.findings).toHaveLength(scenario.key.findings.length);
        expect(report.findings.filter((f) => f.found).length + report.extraFindings.length).toBe(run.findings.length);
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the score when a correct answer is added', () => {
    fc.assert(
      fc.property(withRun, ([scenario, run, index]) => {
        const expected = scenario.key.answers[index];
        const right = expected?.accept[0];
        if (expected === undefined || right === undefined) throw new Error('the key has this item');
        const corrected = { ...run, answers: [...run.answers.filter((a) => a.itemId !== expected.itemId), answer(expected.itemId, right, 99)] };
        const before = scoreRun(scenario, run);
        const after = scoreRun(scenario, corrected);
        expect(after.points).toBeGreaterThanOrEqual(before.points);
        expect(after.items[index]?.correct).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('gives 100 % to the run a trainee following the key would record, for every shipped scenario', () => {
    for (const scenario of SHIPPED_SCENARIOS) expect(scoreRun(scenario, runFromKey(scenario)).percent).toBe(100);
  });
});
