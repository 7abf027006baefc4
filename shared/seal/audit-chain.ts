import type { AuditEvent } from '../domain/inspection';
import { fail, ok, type Result } from '../result';
import { canonicalBytes } from './canonical';
import { sha256Hex } from './hash';
import type { SealCrypto } from './subtle';

export const GENESIS = 'GENESIS';

export interface ChainedEvent {
  readonly event: AuditEvent;
  readonly hash: string;
}

/** SHA-256 hex of canonical {prev, event}: each hash commits to the whole history before it. */
export async function chainHash(
  subtle: SealCrypto,
  previousHash: string | null,
  event: AuditEvent,
): Promise<Result<string, 'not_serialisable'>> {
  const bytes = canonicalBytes({ prev: previousHash ?? GENESIS, event });
  return bytes.ok ? ok(await sha256Hex(subtle, bytes.value)) : bytes;
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
