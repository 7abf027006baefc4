/** Exponential backoff with full jitter (AWS architecture blog): spreads retries from many devices. */
export const BACKOFF_BASE_MS = 2_000;
export const BACKOFF_CAP_MS = 15 * 60_000;

/** The largest wait after the `attempts`-th failure (1-based): 2 s, 4 s, 8 s … capped at 15 min. */
export function backoffCeiling(attempts: number): number {
  const exponent = Math.max(0, attempts - 1);
  // 2^30 × 2 s is far above the cap; stop growing there so the number stays finite.
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(exponent, 30));
}

/** A uniformly random wait in [0, ceiling); `random` is Math.random or a test's seeded source. */
export function backoffDelay(attempts: number, random: () => number): number {
  const r = Math.min(Math.max(random(), 0), 1);
  return Math.floor(r * backoffCeiling(attempts));
}
