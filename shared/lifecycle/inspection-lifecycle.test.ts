import { describe, expect, it } from 'vitest';
import { allowedEvents, INSPECTION_EVENTS, INSPECTION_STATUSES, isEditable, isSealed, transition } from './inspection-lifecycle';

describe('inspection lifecycle', () => {
  it('walks the happy path draft → acknowledged', () => {
    const path = ['start', 'submit_for_review', 'sign', 'seal', 'mark_synced', 'acknowledge'] as const;
    let status: (typeof INSPECTION_STATUSES)[number] = 'draft';
    for (const event of path) {
      const next = transition(status, event);
      expect(next.ok, `${event} from ${status}`).toBe(true);
      if (next.ok) status = next.value;
    }
    expect(status).toBe('acknowledged');
  });

  it('allows going back before the seal only', () => {
    expect(transition('review', 'reopen')).toEqual({ ok: true, value: 'in_progress' });
    expect(transition('signed', 'withdraw_signatures')).toEqual({ ok: true, value: 'review' });
    for (const status of ['sealed', 'synced', 'acknowledged'] as const) {
      expect(transition(status, 'reopen').ok).toBe(false);
      expect(transition(status, 'withdraw_signatures').ok).toBe(false);
    }
  });

  it('rejects every move that is not in the table, with a stable code', () => {
    const legal = new Set([
      'draft:start', 'in_progress:submit_for_review', 'review:reopen', 'review:sign',
      'signed:withdraw_signatures', 'signed:seal', 'sealed:mark_synced', 'synced:acknowledge',
    ]);
    for (const status of INSPECTION_STATUSES) {
      for (const event of INSPECTION_EVENTS) {
        const result = transition(status, event);
        expect(result.ok, `${status}:${event}`).toBe(legal.has(`${status}:${event}`));
        if (!result.ok) expect(result.error.code).toBe('illegal_transition');
      }
    }
  });

  it('lists allowed events consistently with transition()', () => {
    for (const status of INSPECTION_STATUSES) {
      for (const event of allowedEvents(status)) expect(transition(status, event).ok).toBe(true);
    }
    expect(allowedEvents('acknowledged')).toEqual([]);
  });

  it('only draft and in-progress records are editable; sealed ones never', () => {
    expect(INSPECTION_STATUSES.filter(isEditable)).toEqual(['draft', 'in_progress']);
    expect(INSPECTION_STATUSES.filter(isSealed)).toEqual(['sealed', 'synced', 'acknowledged']);
  });
});
