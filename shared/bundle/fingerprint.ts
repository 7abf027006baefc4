import { sha256 } from '@noble/hashes/sha2';
import { decodeBase64url } from '../seal/base64url';
import { toHex } from '../seal/hash';

/**
 * A short, readable form of a public key for people to compare by eye — the
 * device's sync page and HQ's `keys` command print the same one — e.g.
 * "3F2A-9C1B-77D0-E4A5": the first 8 bytes of SHA-256 of the raw key.
 * Synchronous (noble) so a component can render it. Identifies, does not prove.
 */
export function keyFingerprint(publicKey: string): string {
  const raw = decodeBase64url(publicKey);
  if (raw === null) return '—';
  return (toHex(sha256(raw).subarray(0, 8)).toUpperCase().match(/.{4}/g) ?? []).join('-');
}
