import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, backoffCeiling, backoffDelay } from './backoff';

describe('backoff', () => {
  it('doubles from 2 s and stops at 15 minutes', () => {
    expect([1, 2, 3, 4].map(backoffCeiling)).toEqual([2_000, 4_000, 8_000, 16_000]);
    expect(backoffCeiling(10)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(10_000)).toBe(BACKOFF_CAP_MS);
  });

  it('is full jitter: anywhere in [0, ceiling) and never past the cap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempts, r) => {
        const delay = backoffDelay(attempts, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.max(1, backoffCeiling(attempts)));
        expect(delay).toBeLessThanOrEqual(BACKOFF_CAP_MS);
        expect(delay).toBe(Math.floor(r * Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempts - 1, 30))));
      }),
    );
  });
});
