import { describe, expect, it } from 'vitest';
import type { RecommendationKind } from '../domain/finding';
import { closedByDecision, findingStatusWith } from './finding-closure';

const sealed = (kind: RecommendationKind | null, status: 'open' | 'closed' = 'open') => ({
  status,
  proposal: { kind, ruleId: null, citations: [], reason: { vi: 'x', en: 'x' }, rulesetVersion: 'test' },
  override: null,
});

describe('finding closure by HQ decision (Decree 98/2023 Art. 4)', () => {
  it('closes a finding once HQ decides, whatever it decided, unless it settled on disciplinary review', () => {
    expect(closedByDecision({ outcome: 'approve' }, sealed('review'))).toBe(true);
    expect(closedByDecision({ outcome: 'reject' }, sealed('disciplinary_review'))).toBe(true);
    expect(closedByDecision({ outcome: 'change', changedTo: 'reminder' }, sealed('disciplinary_review'))).toBe(true);
    expect(closedByDecision({ outcome: 'approve' }, sealed('disciplinary_review'))).toBe(false);
    expect(closedByDecision({ outcome: 'change', changedTo: 'disciplinary_review' }, sealed('replacement'))).toBe(false);
  });

  it('keeps the sealed status without a decision, and never reopens a finding sealed closed', () => {
    expect(findingStatusWith(sealed('review'), undefined)).toBe('open');
    expect(findingStatusWith(sealed('review'), { outcome: 'approve' })).toBe('closed');
    expect(findingStatusWith(sealed('disciplinary_review', 'closed'), { outcome: 'approve' })).toBe('closed');
  });
});
