import { sha256 } from '@noble/hashes/sha2';
import type { AuditEvent } from '../domain/inspection';
import { fail, ok, type Result } from '../result';
import { canonicalBytes } from './canonical';
import { sha256Hex, toHex } from './hash';
import type { SealCrypto } from './subtle';

export const GENESIS = 'GENESIS';

export interface ChainedEvent {
  readonly event: AuditEvent;
  readonly hash: string;
}

/** An audit event as stored: the event and its chain hash side by side. */
export type ChainedAuditEvent = AuditEvent & { readonly hash: string };

/** SHA-256 hex of canonical {prev, event}: each hash commits to the whole history before it. */
export async function chainHash(
  subtle: SealCrypto,
  previousHash: string | null,
  event: AuditEvent,
): Promise<Result<string, 'not_serialisable'>> {
  const bytes = canonicalBytes({ prev: previousHash ?? GENESIS, event });
  return bytes.ok ? ok(await sha256Hex(subtle, bytes.value)) : bytes;
}

/**
 * The same hash, synchronously: an IndexedDB transaction closes at the first
 * await that is not its own, so the hash of an event written inside one cannot
 * wait for WebCrypto. @noble/hashes is audited, pure JS and fast for these few bytes.
 */
export function chainHashSync(previousHash: string | null, event: AuditEvent): Result<string, 'not_serialisable'> {
  const bytes = canonicalBytes({ prev: previousHash ?? GENESIS, event });
  return bytes.ok ? ok(toHex(sha256(bytes.value))) : bytes;
}

/** Splits a stored row into the hashed event and its hash. */
export function toChainedEvent(row: ChainedAuditEvent): ChainedEvent {
  const { hash, ...event } = row;
  return { event, hash };
}

/** detail is the index of the first entry that does not fit (seq, inspection or hash). */
export async function verifyChain(subtle: SealCrypto, entries: readonly ChainedEvent[]): Promise<Result<true, 'broken_chain'>> {
  let prev: string | null = null;
  const inspectionId = entries[0]?.event.inspectionId;
  for (const [index, { event, hash }] of entries.entries()) {
    const expected = await chainHash(subtle, prev, event);
    if (event.seq !== index + 1 || event.inspectionId !== inspectionId || !expected.ok || expected.value !== hash) {
      return fail('broken_chain', String(index));
    }
    prev = hash;
  }
  return ok(true);
}
