import { fail, ok, type Result } from '../result';
import { sha256Hex } from '../seal/hash';
import { partAad, recipientBundleKey } from './bundle-key';
import { decryptPart, readPart, type GetPart, type HqPrivateKey } from './open';
import type { BundleCrypto, BundleManifest, BundleRejection } from './types';

/** An evidence item as HQ indexed it: the plaintext hash the sealed record names, and the ciphertext part that carries it. */
export interface EvidenceRef {
  readonly sha256: string;
  readonly part: string;
}

/**
 * One evidence file, long after ingest: the same steps `openBundle` takes for
 * each blob (part size and hash against the signed manifest, the bundle key
 * from HQ's X25519 key, AES-GCM with the evidence AAD, the plaintext hash
 * against the sealed record), without opening the payload again. Never throws;
 * altered stored bytes give a rejection, never other bytes.
 */
export async function openEvidencePart(
  crypto: BundleCrypto,
  hq: HqPrivateKey,
  manifest: BundleManifest,
  evidence: EvidenceRef,
  getPart: GetPart,
): Promise<Result<Uint8Array, BundleRejection>> {
  if (manifest.encryption.recipientKeyId !== hq.keyId) return fail('wrong_recipient');
  const part = manifest.blobs.find((blob) => blob.sha256 === evidence.part);
  if (part === undefined) return fail('evidence_mismatch', evidence.part);
  const cipher = await readPart(crypto, getPart, part);
  if (!cipher.ok) return cipher;
  const key = await recipientBundleKey(crypto, hq.privateKey, manifest.encryption.ephemeralPublicKey, hq.keyId, manifest.bundleId);
  if (!key) return fail('decrypt_failed');
  const bytes = await decryptPart(crypto, key, part, partAad(manifest.bundleId, 'evidence'), cipher.value);
  if (!bytes) return fail('decrypt_failed', evidence.part);
  if ((await sha256Hex(crypto, bytes)) !== evidence.sha256) return fail('evidence_mismatch', evidence.sha256);
  return ok(bytes);
}
