import { fail, ok, type Result } from '../result';
import { canonicalBytes } from '../seal/canonical';
import { sha256Hex } from '../seal/hash';
import { encodeBase64url } from '../seal/base64url';
import type { DeviceKey, Seal } from '../seal/seal';
import type { SealKey } from '../seal/subtle';
import { isTrainingOfficeCode, recordNamesTrainingOffice } from '../training/training-office';
import { partAad, senderBundleKey } from './bundle-key';
import { signManifest } from './manifest';
import {
  BUNDLE_FORMAT,
  ENCRYPTION_ALGORITHM,
  type BundleCrypto,
  type BundleKind,
  type BundleManifest,
  type HqPublicKeys,
  type ManifestPart,
} from './types';

export const PAYLOAD_FORMAT = 'inspection-kit/bundle-payload/v1';

export interface BundleInput {
  readonly bundleId: string;
  readonly kind: BundleKind;
  readonly inspectionId: string;
  readonly addendumNumber?: number;
  readonly officeCode: string;
  readonly template: { readonly id: string; readonly version: number };
  readonly createdAt: string;
  readonly record: unknown;
  readonly seal: Seal;
  /** Plaintext evidence named by the record, each with the SHA-256 the record gives it. */
  readonly evidence: readonly { readonly sha256: string; readonly bytes: Uint8Array }[];
}

export interface EncodedBundle {
  readonly manifest: BundleManifest;
  /** Canonical JSON of the manifest: exactly what was signed and what is sent. */
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  /** Ciphertext parts by their SHA-256: the payload and every evidence blob. */
  readonly parts: ReadonlyMap<string, Uint8Array>;
}

export interface BundleSender {
  readonly key: DeviceKey;
  readonly deviceId: string;
}

type RandomBytes = (n: number) => Uint8Array;

async function encryptPart(
  crypto: BundleCrypto,
  randomBytes: RandomBytes,
  key: SealKey,
  aad: Uint8Array,
  plain: Uint8Array,
): Promise<{ part: ManifestPart; bytes: Uint8Array }> {
  const nonce = randomBytes(12);
  const bytes = new Uint8Array(await crypto.encrypt({ name: 'AES-GCM', iv: nonce, additionalData: aad }, key, plain));
  return { part: { sha256: await sha256Hex(crypto, bytes), size: bytes.length, nonce: encodeBase64url(nonce) }, bytes };
}

export type EncodeFailure = 'not_serialisable' | 'evidence_missing' | 'bad_hq_key' | 'training_record';

/**
 * Encrypts the sealed record and its evidence to HQ under a fresh key and signs
 * the manifest with the device key. Call once per bundle and keep the result:
 * encoding again gives other bytes (fresh key, fresh nonces).
 *
 * A record of a training office (`TRAIN-…`, shared/training/training-office.ts)
 * is refused: rehearsals live in their own database and must never become a
 * bundle, even if one were sealed and queued there by mistake.
 */
export async function encodeBundle(
  crypto: BundleCrypto,
  randomBytes: RandomBytes,
  sender: BundleSender,
  hq: HqPublicKeys,
  input: BundleInput,
): Promise<Result<EncodedBundle, EncodeFailure>> {
  if (isTrainingOfficeCode(input.officeCode) || recordNamesTrainingOffice(input.record)) return fail('training_record');
  return encodeBundleUnchecked(crypto, randomBytes, sender, hq, input);
}

/**
 * Tests only (HQ's refusal tests): `encodeBundle` without the training-office
 * refusal, i.e. what an old or altered device could send. Not exported from
 * index.ts; the renderer's lint zone forbids importing it.
 */
export async function encodeBundleUnchecked(
  crypto: BundleCrypto,
  randomBytes: RandomBytes,
  sender: BundleSender,
  hq: HqPublicKeys,
  input: BundleInput,
): Promise<Result<EncodedBundle, Exclude<EncodeFailure, 'training_record'>>> {
  const bundleKey = await senderBundleKey(crypto, hq.encryptionPublicKey, hq.encryptionKeyId, input.bundleId);
  if (!bundleKey) return fail('bad_hq_key');

  const parts = new Map<string, Uint8Array>();
  const evidenceIndex: { sha256: string; part: string }[] = [];
  const blobs: ManifestPart[] = [];
  const named = recordEvidenceHashes(input.record);
  const seen = new Set<string>();
  for (const item of input.evidence) {
    // The same photo twice is one blob; anything the record does not name stays home.
    if (seen.has(item.sha256) || !named.has(item.sha256)) continue;
    seen.add(item.sha256);
    const { part, bytes } = await encryptPart(crypto, randomBytes, bundleKey.key, partAad(input.bundleId, 'evidence'), item.bytes);
    parts.set(part.sha256, bytes);
    blobs.push(part);
    evidenceIndex.push({ sha256: item.sha256, part: part.sha256 });
  }
  if ([...named].some((sha) => !seen.has(sha))) return fail('evidence_missing');

  evidenceIndex.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  const payloadBytes = canonicalBytes({ format: PAYLOAD_FORMAT, record: input.record, seal: input.seal, evidence: evidenceIndex });
  if (!payloadBytes.ok) return payloadBytes;
  const payload = await encryptPart(crypto, randomBytes, bundleKey.key, partAad(input.bundleId, 'payload'), payloadBytes.value);
  parts.set(payload.part.sha256, payload.bytes);

  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    bundleId: input.bundleId,
    kind: input.kind,
    inspectionId: input.inspectionId,
    ...(input.addendumNumber === undefined ? {} : { addendumNumber: input.addendumNumber }),
    officeCode: input.officeCode,
    template: { id: input.template.id, version: input.template.version },
    deviceId: sender.deviceId,
    recordHash: input.seal.recordHash,
    createdAt: input.createdAt,
    sealedAt: input.seal.sealedAt,
    encryption: {
      algorithm: ENCRYPTION_ALGORITHM,
      recipientKeyId: hq.encryptionKeyId,
      ephemeralPublicKey: bundleKey.ephemeralPublicKey,
    },
    payload: payload.part,
    blobs: blobs.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1)),
  };
  const manifestBytes = canonicalBytes(manifest);
  if (!manifestBytes.ok) return manifestBytes;
  const signature = await signManifest(crypto, sender.key.privateKey, manifestBytes.value);
  return ok({ manifest, manifestBytes: manifestBytes.value, signature, parts });
}

/** The evidence hashes a sealed record names (inspection records list them; addenda have none). */
export function recordEvidenceHashes(record: unknown): Set<string> {
  const evidence = (record as { evidence?: unknown } | null)?.evidence;
  const hashes = new Set<string>();
  if (!Array.isArray(evidence)) return hashes;
  for (const item of evidence as unknown[]) {
    const sha = (item as { sha256?: unknown } | null)?.sha256;
    if (typeof sha === 'string') hashes.add(sha);
  }
  return hashes;
}
