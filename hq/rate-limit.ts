import type { FastifyReply, FastifyRequest } from 'fastify';
import { sendError } from './http-errors';

/** A token bucket: `burst` requests at once, refilled at `perSecond`. `perSecond: 0` turns the limit off. */
export interface RateLimit {
  readonly perSecond: number;
  readonly burst: number;
}

export interface DeviceRateLimits {
  /** Per device (its bearer token), checked right after authentication. */
  readonly device: RateLimit;
  /** Per client address, checked before authentication, on the device API and enrolment. */
  readonly address: RateLimit;
}

/**
 * Generous on purpose: a sync after a week offline sends a few hundred parts at
 * once, and a real upload is bounded by bytes long before it reaches 100
 * requests a second. What the limits stop is a loop or a stolen token
 * hammering HQ (docs/RELIABILITY.md, "HQ load").
 */
export const DEFAULT_DEVICE_RATE_LIMITS: DeviceRateLimits = {
  device: { perSecond: 100, burst: 1000 },
  address: { perSecond: 300, burst: 3000 },
};

interface Bucket {
  tokens: number;
  at: number;
}

/** Buckets by key, in memory (per HQ instance), at most `maxKeys` of them: the least recently used is forgotten. */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RateLimit,
    private readonly now: () => number = Date.now,
    private readonly maxKeys = 100_000,
  ) {}

  /** Takes one token: 0 if the request may go, otherwise the whole seconds until a token is back. */
  take(key: string): number {
    if (this.limit.perSecond <= 0) return 0;
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.limit.burst, at: now };
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.limit.perSecond);
    bucket.at = now;
    // Re-inserted so the Map's order is least recently used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next();
      if (oldest.done !== true) this.buckets.delete(oldest.value);
    }
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return 0;
    }
    return Math.max(1, Math.ceil((1 - bucket.tokens) / this.limit.perSecond));
  }
}

function refuse(request: FastifyRequest, reply: FastifyReply, retryAfter: number, by: 'device' | 'address'): FastifyReply {
  request.log.info({ reason: 'rate_limited', by, deviceId: request.device?.id }, 'request refused');
  return sendError(reply.header('retry-after', String(retryAfter)), 'rate_limited');
}

/** onRequest hooks for the device API: `byAddress` before authentication, `byDevice` after it. Both answer 429 before the body is read. */
export function deviceRateLimitHooks(limits: DeviceRateLimits, now: () => number = Date.now) {
  const devices = new TokenBuckets(limits.device, now);
  const addresses = new TokenBuckets(limits.address, now);
  return {
    byAddress: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      const wait = addresses.take(request.ip);
      if (wait > 0) await refuse(request, reply, wait, 'address');
    },
    byDevice: async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
      if (request.device === null) return;
      const wait = devices.take(request.device.id);
      if (wait > 0) await refuse(request, reply, wait, 'device');
    },
  };
}
