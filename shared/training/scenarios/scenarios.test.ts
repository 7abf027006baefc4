import { describe, expect, it } from 'vitest';
import { findTemplate, itemsOf } from '../../catalogue';
import { CITATION_KEYS } from '../../catalogue/citations';
import { Severity } from '../../catalogue/schema';
import { looksUnaccented } from '../../catalogue/validate';
import { checkAnswerValue } from '../../domain/answer-validation';
import { ViolationCategory, type Finding } from '../../domain/finding';
import { recommendationFor } from '../../rules';
import { Scenario, type ExpectedFinding } from '../scenario';
import { checkScenario } from '../scenario-check';
import { scoreRun } from '../score';
import { ON_DATE, runFromKey } from '../test-fixtures';
import { citizenSentForPapers } from './citizen-sent-for-papers';
import { decree73ProtectionClaim } from './decree-73-protection-claim';
import { exemplaryBacklogCleared } from './exemplary-backlog-cleared';
import { SHIPPED_SCENARIOS } from './index';
import { officeHeadRefusesToSign } from './office-head-refuses-to-sign';
import { proceduresHotlineNotPosted } from './procedures-hotline-not-posted';
import { vagueLateConsultationReply } from './vague-late-consultation-reply';

const RAW = [citizenSentForPapers, vagueLateConsultationReply, exemplaryBacklogCleared, decree73ProtectionClaim, officeHeadRefusesToSign, proceduresHotlineNotPosted];

/** Every finding the key accepts as classified: each accepted category (any, when none is given) at each severity from the minimum up. */
function classifiedVariants(expected: ExpectedFinding, officialId: string | null): Finding[] {
  const severities = Severity.options.slice(expected.minSeverity === null ? 0 : Severity.options.indexOf(expected.minSeverity));
  const categories = expected.categories.length > 0 ? expected.categories : ViolationCategory.options;
  const base = {
    id: '00000000-0000-4000-8000-000000000001',
    inspectionId: '00000000-0000-4000-8000-000000000002',
    subject: officialId === null ? { type: 'office' as const } : { type: 'official' as const, officialId },
    itemIds: [],
    citations: [],
    narrative: 'x',
    observedAt: `${ON_DATE}T02:00:00.000Z`,
    status: 'open' as const,
  };
  return severities.flatMap((severity): Finding[] =>
    expected.kind === 'commendable' ? [{ ...base, severity, kind: 'commendable' }] : categories.map((category) => ({ ...base, severity, kind: 'violation', category })),
  );
}

describe('shipped scenarios', () => {
  it('are six, each valid against the schema, with unique ids and training office codes', () => {
    expect(SHIPPED_SCENARIOS).toHaveLength(6);
    for (const raw of RAW) expect(Scenario.safeParse(raw).error?.issues ?? []).toEqual([]);
    expect(new Set(SHIPPED_SCENARIOS.map((s) => s.id)).size).toBe(6);
    expect(new Set(SHIPPED_SCENARIOS.map((s) => s.office.code)).size).toBe(6);
    const officialIds = SHIPPED_SCENARIOS.flatMap((s) => s.officials.map((o) => o.id));
    expect(new Set(officialIds).size).toBe(officialIds.length);
  });

  it.each(SHIPPED_SCENARIOS.map((s) => [s.id, s] as const))('%s passes every catalogue cross-check', (_, scenario) => {
    expect(checkScenario(scenario)).toEqual([]);
    const template = findTemplate(scenario.template.id, scenario.template.version);
    expect(template).toBeDefined();
    if (template === undefined) return;
    const items = new Map(itemsOf(template).map((item) => [item.id, item]));
    for (const expected of scenario.key.answers) {
      const item = items.get(expected.itemId);
      expect(item, expected.itemId).toBeDefined();
      if (item === undefined) continue;
      // Free text cannot be matched fairly, so shipped keys score only closed answers.
      expect(item.response.type).not.toBe('text');
      for (const value of expected.accept) expect(checkAnswerValue(item, value).ok, `${expected.itemId} ${JSON.stringify(value)}`).toBe(true);
      for (const key of expected.citations) expect(CITATION_KEYS.has(key), key).toBe(true);
    }
    for (const finding of scenario.key.findings) {
      for (const id of finding.itemIds) expect(items.has(id), id).toBe(true);
      for (const key of finding.citations) expect(CITATION_KEYS.has(key), key).toBe(true);
    }
    for (const step of scenario.key.dueProcess) for (const key of step.citations) expect(CITATION_KEYS.has(key), key).toBe(true);
    expect(new Set(scenario.key.answers.map((a) => a.itemId)).size).toBe(scenario.key.answers.length);
  });

  it.each(SHIPPED_SCENARIOS.map((s) => [s.id, s] as const))('%s accepts what the app’s rules propose for a rightly classified finding', (_, scenario) => {
    for (const expected of scenario.key.findings) {
      const officialId = expected.subject.type === 'official' ? expected.subject.officialId : null;
      for (const finding of classifiedVariants(expected, officialId)) {
        const { kind } = recommendationFor(finding, { onDate: ON_DATE, history: [] });
        if (expected.recommendations.length === 0) expect(kind).toBeNull();
        else expect(expected.recommendations, `${finding.severity} ${finding.category ?? ''}`).toContain(kind);
      }
    }
  });

  it.each(SHIPPED_SCENARIOS.map((s) => [s.id, s] as const))('%s scores 100 % for a run built from its own key', (_, scenario) => {
    const report = scoreRun(scenario, runFromKey(scenario));
    expect(report.points).toBe(report.maxPoints);
    expect(report.percent).toBe(100);
    expect(report.extraFindings).toEqual([]);
  });

  it('are written in Vietnamese with diacritics and in English', () => {
    for (const s of SHIPPED_SCENARIOS) {
      const texts = [s.title, s.summary, s.situation, ...s.key.answers.map((a) => a.why), ...s.key.findings.map((f) => f.why), ...s.key.dueProcess.map((d) => d.why)];
      for (const text of texts) {
        expect(looksUnaccented(text.vi), text.vi).toBe(false);
        expect(text.en.trim().length).toBeGreaterThan(0);
      }
    }
  });

  it('cover the due-process steps the brief asks for', () => {
    const checksOf = (id: string): string[] => SHIPPED_SCENARIOS.find((s) => s.id === id)?.key.dueProcess.map((d) => d.check) ?? [];
    expect(checksOf('decree-73-protection-claim')).toContain('protection_claim_recorded');
    expect(checksOf('office-head-refuses-to-sign')).toContain('refusal_to_sign_recorded');
    expect(checksOf('citizen-sent-for-papers')).toContain('explanation_recorded');
    expect(decree73ProtectionClaim.key.findings.some((f) => f.protectionClaim === true)).toBe(true);
    expect(proceduresHotlineNotPosted.key.findings.every((f) => f.subject.type === 'office')).toBe(true);
    expect(exemplaryBacklogCleared.key.findings.map((f) => f.kind)).toEqual(['commendable']);
  });
});

describe('checkScenario', () => {
  const base = SHIPPED_SCENARIOS[0];
  if (base === undefined) throw new Error('no shipped scenario');
  const codes = (scenario: Scenario): string[] => checkScenario(scenario).map((p) => `${p.code} ${p.path}`);

  it('names an unknown template, item and citation, and values the item cannot hold', () => {
    expect(codes({ ...base, template: { id: 'no-such-template', version: 1 } })).toEqual(['unknown_template template']);
    const [first, ...rest] = base.key.answers;
    if (first === undefined) throw new Error('empty key');
    expect(codes({ ...base, key: { ...base.key, answers: [{ ...first, itemId: 'no-such-item' }, ...rest] } })).toEqual(['unknown_item key.answers[0].itemId']);
    expect(codes({ ...base, key: { ...base.key, answers: [{ ...first, citations: ['999/XX'] }, ...rest] } })).toEqual(['unknown_citation key.answers[0].citations[0]']);
    expect(codes({ ...base, key: { ...base.key, answers: [{ ...first, accept: [{ type: 'number', value: 2 }] }, ...rest] } })).toEqual(['invalid_scenario key.answers[0].accept[0]']);
    expect(codes({ ...base, key: { ...base.key, answers: [first, first, ...rest] } })).toEqual(['invalid_scenario key.answers[1].itemId']);
  });

  it('keeps a scenario to its own fictional people', () => {
    const [official] = base.officials;
    if (official === undefined) throw new Error('no official');
    expect(codes({ ...base, officials: [{ ...official, officeCode: 'TRAIN-OTHER' }] })).toContain('invalid_scenario officials[0].officeCode');
    expect(codes({ ...base, officials: [{ ...official, demo: false }] })).toContain('invalid_scenario officials[0].demo');
    expect(codes({ ...base, officials: [] })).toContain('invalid_scenario key.findings[0].subject.officialId');
    expect(codes({ ...base, office: { ...base.office, demo: false } })).toContain('invalid_scenario office.demo');
  });
});
