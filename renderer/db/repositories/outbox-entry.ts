import { uuidv7 } from '../../../shared/bundle/index';
import type { BundleKind, OutboxEntry } from '../index';

/** The platform's CSPRNG (the page's WebCrypto; Node's in tests). */
export const platformRandomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

export interface OutboxTarget {
  readonly inspectionId: string;
  readonly kind: BundleKind;
  readonly addendumNumber?: number;
}

/**
 * A queued outbox row with a fresh UUIDv7 bundle id timed at the seal, so
 * bundle ids sort in sealing order (an inspection before its addenda).
 */
export function newOutboxEntry(target: OutboxTarget, sealedAt: string, randomBytes = platformRandomBytes): OutboxEntry {
  return {
    bundleId: uuidv7(Date.parse(sealedAt), randomBytes),
    inspectionId: target.inspectionId,
    kind: target.kind,
    ...(target.addendumNumber === undefined ? {} : { addendumNumber: target.addendumNumber }),
    state: 'queued',
    attempts: 0,
    nextAttemptAt: 0,
    createdAt: sealedAt,
  };
}
