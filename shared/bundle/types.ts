import { z } from 'zod';
import { IsoInstant } from '../domain/localized';
import type { SealCrypto, SealKey } from '../seal/subtle';

/** Version of the bundle format; a reader refuses any other (`unsupported_version`). */
export const BUNDLE_FORMAT = 'inspection-kit/bundle/v1';
/** Domain separation for the device's manifest signature (the seal uses its own label). */
export const MANIFEST_PURPOSE = 'inspection-kit/bundle-manifest/v1';
/** HKDF `info` for the per-bundle AES-256-GCM key. */
export const BUNDLE_KEY_INFO = 'inspection-kit/bundle-key/v1';
export const ENCRYPTION_ALGORITHM = 'X25519-HKDF-SHA256-A256GCM';

export const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
/** Unpadded base64url of 32 bytes (an Ed25519 or X25519 public key). */
export const Key32 = z.string().regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/);
/** Unpadded base64url of a 12-byte AES-GCM nonce. */
export const Nonce12 = z.string().regex(/^[A-Za-z0-9_-]{16}$/);
export const Uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);

/** One encrypted part: named by the SHA-256 of its ciphertext (the upload address). */
export const ManifestPart = z.strictObject({
  sha256: Hex64,
  size: z.number().int().nonnegative(),
  nonce: Nonce12,
});
export type ManifestPart = z.infer<typeof ManifestPart>;

export const BundleKind = z.enum(['inspection', 'addendum']);
export type BundleKind = z.infer<typeof BundleKind>;

/**
 * Plaintext and small; signed by the device. Nothing personal: ids, office
 * code, template, times, sizes and hashes only.
 */
export const BundleManifest = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  bundleId: Uuid,
  kind: BundleKind,
  inspectionId: z.string().min(1).max(64),
  /** Addendum number (1, 2, …) for kind `addendum`. */
  addendumNumber: z.number().int().positive().optional(),
  officeCode: z.string().min(1).max(32),
  template: z.strictObject({ id: z.string().min(1).max(120), version: z.number().int().positive() }),
  deviceId: z.string().min(1).max(64),
  /** The seal's record hash: what the payload must decrypt to. */
  recordHash: Hex64,
  createdAt: IsoInstant,
  sealedAt: IsoInstant,
  encryption: z.strictObject({
    algorithm: z.literal(ENCRYPTION_ALGORITHM),
    /** Identifies which HQ X25519 key the bundle was encrypted to. */
    recipientKeyId: z.string().min(1).max(64),
    /** The sender's one-time X25519 public key. */
    ephemeralPublicKey: Key32,
  }),
  payload: ManifestPart,
  /** Encrypted evidence, sorted by sha256; the plaintext hashes are inside the payload. */
  blobs: z.array(ManifestPart).max(2000),
});
export type BundleManifest = z.infer<typeof BundleManifest>;

/** Why a bundle is refused. Stable codes: HQ answers them, the device localises them. */
export type BundleRejection =
  | 'too_large'
  | 'too_many_entries'
  | 'bad_entry_name'
  | 'truncated'
  | 'malformed_container'
  | 'malformed_manifest'
  | 'unsupported_version'
  | 'unknown_device'
  | 'bad_signature'
  | 'hash_mismatch'
  | 'missing_part'
  | 'unexpected_part'
  | 'decrypt_failed'
  | 'malformed_payload'
  | 'seal_invalid'
  | 'evidence_mismatch'
  | 'manifest_mismatch'
  | 'wrong_recipient';

export interface BundleLimits {
  /** Whole container or upload, bytes. */
  readonly maxTotalBytes: number;
  readonly maxPartBytes: number;
  readonly maxPayloadBytes: number;
  readonly maxManifestBytes: number;
  readonly maxEntries: number;
}

/** Evidence is ≤ 25 MB a file and ≤ 400 MB an inspection (shared/domain/evidence.ts); the rest is headroom. */
export const DEFAULT_LIMITS: BundleLimits = {
  maxTotalBytes: 448 * 1024 * 1024,
  maxPartBytes: 26 * 1024 * 1024,
  maxPayloadBytes: 32 * 1024 * 1024,
  maxManifestBytes: 512 * 1024,
  maxEntries: 2 + 1 + 2000,
};

/** HQ's public keys as pinned by a device at enrollment (base64url raw keys). */
export interface HqPublicKeys {
  readonly signingPublicKey: string;
  readonly encryptionPublicKey: string;
  readonly encryptionKeyId: string;
}

export interface X25519Algorithm {
  readonly name: 'X25519';
}
export interface EcdhParams {
  readonly name: 'X25519';
  readonly public: SealKey;
}
export interface HkdfParams {
  readonly name: 'HKDF';
  readonly hash: 'SHA-256';
  readonly salt: Uint8Array;
  readonly info: Uint8Array;
}
export interface AesGcmParams {
  readonly name: 'AES-GCM';
  readonly iv: Uint8Array;
  readonly additionalData?: Uint8Array;
}

/** The WebCrypto slice bundles use, on top of sealing's. Callers inject `crypto.subtle`. */
export interface BundleCrypto extends SealCrypto {
  generateKey(algorithm: X25519Algorithm, extractable: boolean, keyUsages: 'deriveBits'[]): Promise<{ privateKey: SealKey; publicKey: SealKey }>;
  generateKey(algorithm: { name: 'Ed25519' }, extractable: boolean, keyUsages: ('sign' | 'verify')[]): Promise<{ privateKey: SealKey; publicKey: SealKey }>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: X25519Algorithm, extractable: boolean, keyUsages: never[]): Promise<SealKey>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: { name: 'Ed25519' }, extractable: boolean, keyUsages: 'verify'[]): Promise<SealKey>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: 'HKDF', extractable: false, keyUsages: 'deriveKey'[]): Promise<SealKey>;
  deriveBits(algorithm: EcdhParams, baseKey: SealKey, length: 256): Promise<ArrayBuffer>;
  deriveKey(algorithm: HkdfParams, baseKey: SealKey, derivedKeyType: { name: 'AES-GCM'; length: 256 }, extractable: false, keyUsages: ('encrypt' | 'decrypt')[]): Promise<SealKey>;
  encrypt(algorithm: AesGcmParams, key: SealKey, data: Uint8Array): Promise<ArrayBuffer>;
  decrypt(algorithm: AesGcmParams, key: SealKey, data: Uint8Array): Promise<ArrayBuffer>;
  getRandomValues?: never;
}

/** The decrypted payload: the sealed record and its seal, as canonical JSON. */
export interface BundlePayload {
  readonly record: unknown;
  readonly seal: unknown;
  /** Plain SHA-256 → ciphertext part SHA-256 of each evidence blob. */
  readonly evidence: readonly { readonly sha256: string; readonly part: string }[];
}
