import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { RecommendationKind } from '../domain/finding';
import { currentByFinding, decidedKind, decisionCoverage, type DecidableFinding } from './decision-coverage';

const proposal = (kind: RecommendationKind | null) => ({ kind, ruleId: null, citations: [], reason: { vi: 'x', en: 'x' }, rulesetVersion: 'test' });
const finding = (id: string, kind: RecommendationKind | null, override?: RecommendationKind | null): DecidableFinding => ({
  id,
  proposal: proposal(kind),
  override: override === undefined ? null : { kind: override, reason: 'vì', at: '2026-11-23T02:00:00.000Z', by: 'Trưởng đoàn' },
});
const decision = (id: string, findingId: string, decidedAt = '2026-11-26T02:00:00.000Z') => ({ id, findingId, decidedAt });

describe('decision coverage (the acknowledged rule)', () => {
  it('counts only findings with an effective recommendation, and is complete when each has a decision', () => {
    const findings = [finding('a', 'reminder'), finding('b', 'review', null), finding('c', null, 'praise'), finding('d', null)];
    expect(decisionCoverage(findings, [decision('1', 'a')])).toEqual({ required: 2, decided: 1, complete: false, unknownFinding: [] });
    expect(decisionCoverage(findings, [decision('1', 'a'), decision('2', 'c')])).toEqual({ required: 2, decided: 2, complete: true, unknownFinding: [] });
  });

  it('is never complete with nothing to decide', () => {
    expect(decisionCoverage([finding('a', null)], []).complete).toBe(false);
    expect(decisionCoverage([], []).complete).toBe(false);
  });

  it('flags decisions on findings the record lacks and does not count them', () => {
    expect(decisionCoverage([finding('a', 'reminder')], [decision('1', 'zzz')])).toEqual({ required: 1, decided: 0, complete: false, unknownFinding: ['1'] });
  });

  it('takes the newest decision per finding as current', () => {
    const current = currentByFinding([decision('old', 'a', '2026-11-26T02:00:00.000Z'), decision('new', 'a', '2026-11-27T02:00:00.000Z')]);
    expect(current.get('a')?.id).toBe('new');
  });

  it('is complete exactly when every recommended finding has a decision, whatever the order (property)', () => {
    const kinds = fc.constantFrom<RecommendationKind | null>(null, 'praise', 'reminder', 'review', 'disciplinary_review');
    fc.assert(
      fc.property(fc.array(fc.tuple(kinds, fc.boolean()), { maxLength: 12 }), (rows) => {
        const findings = rows.map(([kind], i) => finding(`f${i}`, kind));
        const decided = rows.flatMap(([, has], i) => (has ? [decision(`d${i}`, `f${i}`)] : []));
        const expected = rows.some(([kind]) => kind !== null) && rows.every(([kind, has]) => kind === null || has);
        expect(decisionCoverage(findings, decided.reverse()).complete).toBe(expected);
      }),
    );
  });

  it('names the kind HQ settled on', () => {
    expect(decidedKind({ outcome: 'approve' }, 'review')).toBe('review');
    expect(decidedKind({ outcome: 'change', changedTo: 'reminder' }, 'review')).toBe('reminder');
    expect(decidedKind({ outcome: 'reject' }, 'review')).toBeNull();
  });
});
