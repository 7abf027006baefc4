import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Finding, FindingKind, ViolationCategory } from '../domain/finding';
import { Severity } from '../catalogue/schema';
import { citationFor } from '../catalogue/citations';
import { BLOCK_RULES, RECOMMENDATION_RULES } from './recommendation-rules';
import { factsFor, overrideRecommendation, recommendationFor } from './recommendation-engine';
import { inForce, kindRank, type PriorFinding } from './rule-types';
import { finding, ON_DATE, OFFICIAL, prior } from './test-fixtures';

const priorArb: fc.Arbitrary<PriorFinding> = fc
  .record({
    kind: fc.constantFrom(...FindingKind.options),
    status: fc.constantFrom('open' as const, 'closed' as const),
    daysBefore: fc.integer({ min: -30, max: 800 }),
    sameOfficial: fc.boolean(),
  })
  .map(({ kind, status, daysBefore, sameOfficial }) => {
    const p = prior(kind, status, daysBefore);
    return sameOfficial ? p : { ...p, subject: { type: 'official', officialId: 'off-other' } };
  });

const findingArb = fc
  .record({
    kind: fc.constantFrom(...FindingKind.options),
    severity: fc.constantFrom(...Severity.options),
    category: fc.constantFrom(...ViolationCategory.options),
    official: fc.boolean(),
  })
  .map(({ kind, severity, category, official }) => finding(kind, severity, category, official ? OFFICIAL : null));

const dateArb = fc.constantFrom('2023-01-01', '2023-11-01', '2024-06-01', '2025-06-30', '2025-07-01', ON_DATE);

describe('recommendation properties', () => {
  it('fixtures are valid findings', () => {
    expect(Finding.safeParse(finding('violation', 'low', 'conduct')).success).toBe(true);
    expect(Finding.safeParse(finding('commendable', 'high', undefined, null)).success).toBe(true);
  });

  it('is never weaker than any single matching rule, and never commends over an open violation', () => {
    fc.assert(
      fc.property(findingArb, fc.array(priorArb, { maxLength: 6 }), dateArb, (f, history, onDate) => {
        const context = { onDate, history };
        const proposal = recommendationFor(f, context);
        const facts = factsFor(f, context);
        const openViolation =
          f.subject.type === 'official' && history.some((h) => h.kind === 'violation' && h.status === 'open' && h.subject.type === 'official' && h.subject.officialId === OFFICIAL);
        const blockInForce = BLOCK_RULES.some((b) => inForce(b, onDate));
        if (openViolation && blockInForce) {
          expect(proposal.kind === 'commendation' || proposal.kind === 'praise').toBe(false);
        }
        for (const rule of RECOMMENDATION_RULES) {
          if (!inForce(rule, onDate) || !rule.applies(facts)) continue;
          if (proposal.blockedCommendation !== undefined) {
            expect(kindRank(proposal.blockedCommendation.kind)).toBeGreaterThanOrEqual(kindRank(rule.kind));
          } else {
            expect(proposal.kind).not.toBeNull();
            if (proposal.kind !== null) expect(kindRank(proposal.kind)).toBeGreaterThanOrEqual(kindRank(rule.kind));
          }
        }
      }),
    );
  });

  it('starts no rule before the documents it cites are in force', () => {
    for (const rule of [...RECOMMENDATION_RULES, ...BLOCK_RULES]) {
      for (const key of rule.citations) {
        const citation = citationFor(key);
        const from = citation?.effectiveFrom ?? citation?.issuedOn;
        if (from !== undefined) expect(rule.effectiveFrom >= from, `${rule.id} ${key}`).toBe(true);
        if (citation?.effectiveTo !== undefined) expect(rule.effectiveTo !== undefined && rule.effectiveTo <= citation.effectiveTo, `${rule.id} ${key}`).toBe(true);
      }
    }
  });
});

describe('overrideRecommendation', () => {
  const proposal = recommendationFor(finding('violation', 'low', 'evasion'), { onDate: ON_DATE, history: [] });

  it('keeps the proposal beside the override', () => {
    const result = overrideRecommendation(proposal, { kind: 'review', reason: 'Lần đầu, đã khắc phục ngay' });
    expect(result).toEqual({ ok: true, value: { proposal, override: { kind: 'review', reason: 'Lần đầu, đã khắc phục ngay' } } });
  });

  it.each(['', '   '])('refuses an empty reason %j', (reason) => {
    expect(overrideRecommendation(proposal, { kind: 'review', reason })).toMatchObject({ ok: false, error: { code: 'invalid_override' } });
  });

  it('refuses an unknown kind', () => {
    expect(overrideRecommendation(proposal, { kind: 'fine', reason: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_override' } });
  });

  it('cannot bring back a commendation blocked by Decree 98/2023', () => {
    const blocked = recommendationFor(finding('commendable', 'high'), { onDate: ON_DATE, history: [prior('violation', 'open', 3)] });
    expect(overrideRecommendation(blocked, { kind: 'commendation', reason: 'deserved' })).toMatchObject({
      ok: false,
      error: { code: 'commendation_blocked' },
    });
    expect(overrideRecommendation(blocked, { kind: null, reason: 'agree: wait for the review' }).ok).toBe(true);
  });
});
