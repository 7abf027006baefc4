/** Injected time and ids so repositories are deterministic under test. */
export interface Clock {
  now(): string;
  newId(): string;
}

export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  newId: () => crypto.randomUUID(),
};
