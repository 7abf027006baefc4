/**
 * Failed sign-ins per username and client address, in memory: 10 in 15
 * minutes, then 429 until the oldest ages out. Per HQ instance (enough to make
 * guessing slow; several instances each allow their own 10).
 */
export class SignInLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 15 * 60_000,
    private readonly maxKeys = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  private recent(key: string): number[] {
    const since = this.now() - this.windowMs;
    const kept = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (kept.length === 0) this.failures.delete(key);
    else this.failures.set(key, kept);
    return kept;
  }

  /** Seconds until another attempt is allowed, or 0 if it is allowed now. */
  retryAfterSeconds(username: string, ip: string): number {
    const recent = this.recent(`${username}\n${ip}`);
    if (recent.length < this.maxFailures) return 0;
    const oldest = recent[recent.length - this.maxFailures] ?? this.now();
    return Math.max(1, Math.ceil((oldest + this.windowMs - this.now()) / 1000));
  }

  recordFailure(username: string, ip: string): void {
    const key = `${username}\n${ip}`;
    const recent = this.recent(key);
    // Bounded memory under a spray of usernames: forget the oldest key (Map keeps insertion order).
    if (!this.failures.has(key) && this.failures.size >= this.maxKeys) {
      const first = this.failures.keys().next();
      if (first.done !== true) this.failures.delete(first.value);
    }
    this.failures.set(key, [...recent, this.now()]);
  }

  recordSuccess(username: string, ip: string): void {
    this.failures.delete(`${username}\n${ip}`);
  }
}
