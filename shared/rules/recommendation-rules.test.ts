import { describe, expect, it } from 'vitest';
import type { FindingKind, RecommendationKind, ViolationCategory } from '../domain/finding';
import type { Severity } from '../catalogue/schema';
import { CITATION_KEYS } from '../catalogue/citations';
import { BLOCK_RULES, RECOMMENDATION_RULES, RULESET_VERSION } from './recommendation-rules';
import { recommendationFor, requiresExplanation } from './recommendation-engine';
import { KIND_ORDER, type PriorFinding } from './rule-types';
import { finding, ON_DATE, prior } from './test-fixtures';

const T21 = '3476/BHXH-TCCB#2.1';
const PRAISE = [T21, '1251/BHXH-TCCB#4'];
const REVIEW = [T21, '968/CĐ-TTg'];
const PERSONNEL = [T21, '3476/BHXH-TCCB#2.5', '1251/BHXH-TCCB#2', '1251/BHXH-TCCB#3'];
const CORRUPTION = ['1251/BHXH-TCCB#3', '2371/BHXH-PC'];

type Case = [string, FindingKind, Severity, ViolationCategory | undefined, PriorFinding[], RecommendationKind | null, string | null, string[]];
const REPEAT = [prior('violation', 'closed', 100)];

const CASES: Case[] = [
  ['commendable → praise', 'commendable', 'medium', undefined, [], 'praise', 'praise.commendable', PRAISE],
  ['exemplary (high) → commendation', 'commendable', 'high', undefined, [], 'commendation', 'commendation.exemplary', PRAISE],
  ['exemplary (critical) → commendation', 'commendable', 'critical', undefined, [], 'commendation', 'commendation.exemplary', PRAISE],
  ['commendable after a closed violation → praise', 'commendable', 'low', undefined, REPEAT, 'praise', 'praise.commendable', PRAISE],
  ['minor delay → reminder', 'violation', 'low', 'timeliness', [], 'reminder', 'reminder.timeliness', [T21]],
  ['medium consultation lapse → reminder', 'violation', 'medium', 'consultation', [], 'reminder', 'reminder.consultation', ['3476/BHXH-TCCB#2.3']],
  ['minor conduct lapse → reminder', 'violation', 'low', 'conduct', [], 'reminder', 'reminder.conduct', ['3476/BHXH-TCCB#2.2', 'VSS-CoC']],
  ['high delay → review', 'violation', 'high', 'timeliness', [], 'review', 'review.serious', REVIEW],
  ['critical conduct → review', 'violation', 'critical', 'conduct', [], 'review', 'review.serious', REVIEW],
  ['repeated minor delay → review', 'violation', 'low', 'timeliness', REPEAT, 'review', 'review.repeated', REVIEW],
  ['evasion → reassignment', 'violation', 'low', 'evasion', [], 'reassignment', 'reassignment.evasion-harassment', PERSONNEL],
  ['harassment (high) → reassignment', 'violation', 'high', 'harassment', [], 'reassignment', 'reassignment.evasion-harassment', PERSONNEL],
  ['pushing onto citizens → reassignment', 'violation', 'medium', 'pushing_onto_citizens', [], 'reassignment', 'reassignment.evasion-harassment', PERSONNEL],
  ['critical harassment → replacement', 'violation', 'critical', 'harassment', [], 'replacement', 'replacement.escalated', PERSONNEL],
  ['repeated evasion → replacement', 'violation', 'low', 'evasion', REPEAT, 'replacement', 'replacement.escalated', PERSONNEL],
  ['suspected corruption → disciplinary review', 'violation', 'low', 'suspected_corruption', [], 'disciplinary_review', 'disciplinary-review.corruption', CORRUPTION],
];

describe('recommendationFor: the rule table', () => {
  it.each(CASES)('%s', (_name, kind, severity, category, history, expected, ruleId, citations) => {
    const proposal = recommendationFor(finding(kind, severity, category), { onDate: ON_DATE, history });
    expect(proposal.kind).toBe(expected);
    expect(proposal.ruleId).toBe(ruleId);
    expect(proposal.citations).toEqual(citations);
    expect(proposal.rulesetVersion).toBe(RULESET_VERSION);
    expect(proposal.blockedCommendation).toBeUndefined();
  });
});

describe('findings about an office', () => {
  it.each([
    ['evasion', 'low'],
    ['harassment', 'critical'],
    ['pushing_onto_citizens', 'medium'],
    ['suspected_corruption', 'critical'],
  ] as const)('never get personnel measures: %s (%s) → review of the collective', (category, severity) => {
    const proposal = recommendationFor(finding('violation', severity, category, null), { onDate: ON_DATE, history: [] });
    expect(proposal.kind).toBe('review');
    // A critical lapse also matches review.serious, listed first; both cite the same rules.
    expect(proposal.ruleId).toBe(severity === 'critical' ? 'review.serious' : 'review.office-collective');
    expect(proposal.citations).toEqual(REVIEW);
  });

  it('still get reminders for minor lapses and praise for good work', () => {
    expect(recommendationFor(finding('violation', 'low', 'timeliness', null), { onDate: ON_DATE, history: [] }).kind).toBe('reminder');
    expect(recommendationFor(finding('commendable', 'medium', undefined, null), { onDate: ON_DATE, history: [] }).kind).toBe('praise');
  });
});

describe('12-month repetition window', () => {
  it.each([
    [364, 'review'],
    [365, 'review'],
    [366, 'reminder'],
  ] as const)('an earlier violation %i days before → %s', (days, expected) => {
    const history = [prior('violation', 'closed', days)];
    expect(recommendationFor(finding('violation', 'low', 'timeliness'), { onDate: ON_DATE, history }).kind).toBe(expected);
  });

  it('counts only violations, of the same official, observed earlier', () => {
    const f = finding('violation', 'low', 'timeliness');
    const other = { ...prior('violation', 'closed', 10), subject: { type: 'official', officialId: 'off-999' } } as const;
    const later = { ...prior('violation', 'closed', 0), observedAt: '2026-11-23T09:00:00.000Z' };
    const history = [prior('commendable', 'closed', 10), other, later, { ...f, status: 'closed' as const }];
    expect(recommendationFor(f, { onDate: ON_DATE, history }).kind).toBe('reminder');
  });
});

describe('Decree 98/2023 Art. 4: no commendation with an open adverse finding', () => {
  it.each(['low', 'critical'] as const)('blocks a %s commendable finding and says why', (severity) => {
    const open = prior('violation', 'open', 400);
    const proposal = recommendationFor(finding('commendable', severity), { onDate: ON_DATE, history: [open] });
    expect(proposal.kind).toBeNull();
    expect(proposal.blockedCommendation).toMatchObject({
      kind: severity === 'low' ? 'praise' : 'commendation',
      ruleId: 'block.decree-98-open-adverse',
      citations: ['98/2023/NĐ-CP'],
      openFindingIds: [open.id],
    });
    expect(proposal.blockedCommendation?.reason.en).toMatch(/Decree 98\/2023/);
  });

  it('does not block once the adverse finding is closed', () => {
    const history = [prior('violation', 'closed', 5)];
    expect(recommendationFor(finding('commendable', 'high'), { onDate: ON_DATE, history }).kind).toBe('commendation');
  });

  it('does not block for an office finding', () => {
    const history = [prior('violation', 'open', 5)];
    expect(recommendationFor(finding('commendable', 'high', undefined, null), { onDate: ON_DATE, history }).kind).toBe('commendation');
  });
});

describe('effective dates', () => {
  it('applies no rule before 3476/BHXH-TCCB was issued', () => {
    const proposal = recommendationFor(finding('violation', 'low', 'timeliness'), { onDate: '2023-10-24', history: [] });
    expect(proposal).toMatchObject({ kind: null, ruleId: null, citations: [] });
  });

  it('cites Decree 112/2020 for corruption only until 2025-06-30', () => {
    const f = finding('violation', 'low', 'suspected_corruption');
    expect(recommendationFor(f, { onDate: '2025-06-30', history: [] })).toMatchObject({
      ruleId: 'disciplinary-review.corruption-2020',
      citations: [...CORRUPTION, '112/2020/NĐ-CP'],
    });
    expect(recommendationFor(f, { onDate: '2025-07-01', history: [] }).ruleId).toBe('disciplinary-review.corruption');
  });

  it('does not apply the Decree 98 block before 2024-01-01', () => {
    const history = [prior('violation', 'open', 5)];
    expect(recommendationFor(finding('commendable', 'high'), { onDate: '2023-12-31', history }).kind).toBe('commendation');
  });
});

describe('the table itself', () => {
  const ALL = [...RECOMMENDATION_RULES, ...BLOCK_RULES];

  it('has unique ids, non-empty citations and well-ordered dates', () => {
    expect(new Set(ALL.map((r) => r.id)).size).toBe(ALL.length);
    for (const rule of ALL) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      expect(rule.effectiveFrom, rule.id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (rule.effectiveTo !== undefined) expect(rule.effectiveFrom <= rule.effectiveTo, rule.id).toBe(true);
    }
  });

  it('cites only keys of the citation registry', () => {
    const missing = [...new Set(ALL.flatMap((r) => r.citations))].filter((key) => !CITATION_KEYS.has(key)).sort();
    expect(missing).toEqual([]);
  });

  it('orders kinds from praise to disciplinary review; explanation needed from review up', () => {
    expect(KIND_ORDER).toEqual(['praise', 'commendation', 'reminder', 'review', 'reassignment', 'replacement', 'disciplinary_review']);
    expect(KIND_ORDER.filter((k) => requiresExplanation(k))).toEqual(['review', 'reassignment', 'replacement', 'disciplinary_review']);
    expect(requiresExplanation(null)).toBe(false);
  });
});
