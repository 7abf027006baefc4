import { z } from 'zod';
import { fail, ok, type Result } from '../result';
import { decodeBase64url } from '../seal/base64url';
import { canonicalBytes } from '../seal/canonical';
import { sha256Hex } from '../seal/hash';
import { Seal, verifySeal } from '../seal/seal';
import type { SealKey } from '../seal/subtle';
import { partAad, recipientBundleKey } from './bundle-key';
import { PAYLOAD_FORMAT, recordEvidenceHashes } from './encode';
import { parseJson, sameBytes } from './manifest';
import { Hex64, type BundleCrypto, type BundleManifest, type BundleRejection, type ManifestPart } from './types';

const Payload = z.strictObject({
  format: z.literal(PAYLOAD_FORMAT),
  record: z.record(z.string(), z.unknown()),
  seal: Seal,
  evidence: z.array(z.strictObject({ sha256: Hex64, part: Hex64 })),
});

export interface HqPrivateKey {
  /** HQ's X25519 private key (usage `deriveBits`). */
  readonly privateKey: SealKey;
  readonly keyId: string;
}

export interface OpenedEvidence {
  /** SHA-256 of the plaintext, as the record names it. */
  readonly sha256: string;
  /** SHA-256 of the ciphertext part that carried it. */
  readonly part: string;
  readonly size: number;
  /** Only with `keepEvidence`: HQ stores ciphertext and does not need the plaintext. */
  readonly bytes?: Uint8Array;
}

export interface OpenedBundle {
  readonly manifest: BundleManifest;
  readonly record: Record<string, unknown>;
  readonly seal: Seal;
  readonly evidence: readonly OpenedEvidence[];
}

export type GetPart = (sha256: string) => Promise<Uint8Array | undefined> | Uint8Array | undefined;

export async function readPart(crypto: BundleCrypto, getPart: GetPart, expected: ManifestPart): Promise<Result<Uint8Array, BundleRejection>> {
  const bytes = await getPart(expected.sha256);
  if (bytes === undefined) return fail('missing_part', expected.sha256);
  if (bytes.length !== expected.size || (await sha256Hex(crypto, bytes)) !== expected.sha256) return fail('hash_mismatch', expected.sha256);
  return ok(bytes);
}

export async function decryptPart(crypto: BundleCrypto, key: SealKey, part: ManifestPart, aad: Uint8Array, bytes: Uint8Array): Promise<Uint8Array | null> {
  const nonce = decodeBase64url(part.nonce);
  if (nonce?.length !== 12) return null;
  try {
    return new Uint8Array(await crypto.decrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, bytes));
  } catch {
    return null;
  }
}

/** Fields the plaintext manifest states that the sealed record must agree with. */
function manifestAgrees(manifest: BundleManifest, record: Record<string, unknown>, seal: Seal): boolean {
  if (seal.recordHash !== manifest.recordHash || seal.sealedAt !== manifest.sealedAt) return false;
  if (manifest.kind === 'addendum') {
    return record.inspectionId === manifest.inspectionId && record.number === manifest.addendumNumber;
  }
  const inspection = record.inspection as { id?: unknown; officeCode?: unknown; template?: { id?: unknown; version?: unknown } } | undefined;
  return (
    inspection?.id === manifest.inspectionId &&
    inspection.officeCode === manifest.officeCode &&
    inspection.template?.id === manifest.template.id &&
    inspection.template.version === manifest.template.version
  );
}

/**
 * Run after `verifyManifest`. Checks every part's size and hash, decrypts the
 * payload, checks the record's own seal and that it was made by the same device
 * key that signed the manifest, then decrypts each evidence blob and checks its
 * plaintext hash against the record. Never throws; nothing is returned unless
 * everything holds.
 */
export async function openBundle(
  crypto: BundleCrypto,
  hq: HqPrivateKey,
  manifest: BundleManifest,
  devicePublicKey: string,
  getPart: GetPart,
  options: { readonly keepEvidence?: boolean } = {},
): Promise<Result<OpenedBundle, BundleRejection>> {
  if (manifest.encryption.recipientKeyId !== hq.keyId) return fail('wrong_recipient');
  const payloadBytes = await readPart(crypto, getPart, manifest.payload);
  if (!payloadBytes.ok) return payloadBytes;
  const key = await recipientBundleKey(crypto, hq.privateKey, manifest.encryption.ephemeralPublicKey, hq.keyId, manifest.bundleId);
  if (!key) return fail('decrypt_failed');
  const plain = await decryptPart(crypto, key, manifest.payload, partAad(manifest.bundleId, 'payload'), payloadBytes.value);
  if (!plain) return fail('decrypt_failed', 'payload');

  const parsed = Payload.safeParse(parseJson(plain));
  if (!parsed.success) return fail('malformed_payload', parsed.error.issues[0]?.path.join('.'));
  const canonical = canonicalBytes(parsed.data);
  if (!canonical.ok || !sameBytes(canonical.value, plain)) return fail('malformed_payload', 'not canonical');
  const { record, seal, evidence } = parsed.data;

  const sealCheck = await verifySeal(crypto, record, seal);
  if (!sealCheck.ok) return fail('seal_invalid', sealCheck.error.code);
  if (seal.publicKey !== devicePublicKey) return fail('seal_invalid', 'sealed by another key');
  if (!manifestAgrees(manifest, record, seal)) return fail('manifest_mismatch');

  const named = recordEvidenceHashes(record);
  const blobs = new Map(manifest.blobs.map((b) => [b.sha256, b]));
  if (evidence.length !== named.size || evidence.length !== blobs.size) return fail('evidence_mismatch');
  const opened: OpenedEvidence[] = [];
  for (const item of evidence) {
    const part = blobs.get(item.part);
    if (!part || !named.has(item.sha256)) return fail('evidence_mismatch', item.sha256);
    const cipher = await readPart(crypto, getPart, part);
    if (!cipher.ok) return cipher;
    const bytes = await decryptPart(crypto, key, part, partAad(manifest.bundleId, 'evidence'), cipher.value);
    if (!bytes) return fail('decrypt_failed', item.part);
    if ((await sha256Hex(crypto, bytes)) !== item.sha256) return fail('evidence_mismatch', item.sha256);
    opened.push({ sha256: item.sha256, part: item.part, size: bytes.length, ...(options.keepEvidence ? { bytes } : {}) });
    blobs.delete(item.part);
  }
  return ok({ manifest, record, seal, evidence: opened });
}
