import { z } from 'zod';
import { IsoInstant } from '../domain/localized';
import { fail, ok, type Result } from '../result';
import { decodeBase64url, encodeBase64url } from './base64url';
import { canonicalBytes } from './canonical';
import { sha256Hex } from './hash';
import { ED25519, type SealCrypto, type SealKey } from './subtle';

/** Domain separation: the same device key also signs bundle manifests. */
export const SEAL_PURPOSE = 'inspection-kit/seal/v1';

const Hex64 = z.string().regex(/^[0-9a-f]{64}$/);
/** Unpadded base64url of exactly 32 (public key) or 64 (signature) bytes. */
const PublicKey32 = z.string().regex(/^[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]$/);
const Signature64 = z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/);

export const Seal = z.object({
  algorithm: z.literal('Ed25519'),
  hashAlgorithm: z.literal('SHA-256'),
  recordHash: Hex64,
  signature: Signature64,
  publicKey: PublicKey32,
  sealedAt: IsoInstant,
});
export type Seal = z.infer<typeof Seal>;

export interface DeviceKey {
  /** Non-extractable: the private key never leaves WebCrypto. */
  readonly privateKey: SealKey;
  readonly publicKey: SealKey;
  /** Raw 32-byte Ed25519 public key, base64url; what HQ enrols. */
  readonly publicKeyRaw: string;
}

export type VerifyError = 'hash_mismatch' | 'bad_signature' | 'malformed_seal' | 'not_serialisable';

/** The bytes signed: canonical JSON of {purpose, recordHash, sealedAt}, so the time is covered too. */
export function signedMessage(recordHash: string, sealedAt: string): Uint8Array {
  const bytes = canonicalBytes({ purpose: SEAL_PURPOSE, recordHash, sealedAt });
  // Three well-formed strings are always serialisable.
  return bytes.ok ? bytes.value : new Uint8Array();
}

export async function generateDeviceKey(subtle: SealCrypto): Promise<DeviceKey> {
  const pair = await subtle.generateKey(ED25519, false, ['sign', 'verify']);
  const raw = new Uint8Array(await subtle.exportKey('raw', pair.publicKey));
  return { privateKey: pair.privateKey, publicKey: pair.publicKey, publicKeyRaw: encodeBase64url(raw) };
}

export async function sealRecord(
  subtle: SealCrypto,
  key: DeviceKey,
  record: unknown,
  sealedAt: string,
): Promise<Result<Seal, 'not_serialisable'>> {
  const bytes = canonicalBytes(record);
  if (!bytes.ok) return bytes;
  const recordHash = await sha256Hex(subtle, bytes.value);
  const signature = new Uint8Array(await subtle.sign(ED25519, key.privateKey, signedMessage(recordHash, sealedAt)));
  return ok({
    algorithm: 'Ed25519',
    hashAlgorithm: 'SHA-256',
    recordHash,
    signature: encodeBase64url(signature),
    publicKey: key.publicKeyRaw,
    sealedAt,
  });
}

/** Checks shape, then hash, then signature; never throws. Who owns the key is the caller's question. */
export async function verifySeal(subtle: SealCrypto, record: unknown, seal: unknown): Promise<Result<true, VerifyError>> {
  const parsed = Seal.safeParse(seal);
  if (!parsed.success) return fail('malformed_seal');
  const s = parsed.data;
  const publicKey = decodeBase64url(s.publicKey);
  const signature = decodeBase64url(s.signature);
  if (publicKey?.length !== 32 || signature?.length !== 64) return fail('malformed_seal');
  const bytes = canonicalBytes(record);
  if (!bytes.ok) return bytes;
  if ((await sha256Hex(subtle, bytes.value)) !== s.recordHash) return fail('hash_mismatch');
  try {
    const key = await subtle.importKey('raw', publicKey, ED25519, true, ['verify']);
    const valid = await subtle.verify(ED25519, key, signature, signedMessage(s.recordHash, s.sealedAt));
    return valid ? ok(true) : fail('bad_signature');
  } catch {
    // WebCrypto rejects keys that are not points on the curve.
    return fail('bad_signature');
  }
}

/** Short form for printed reports, e.g. "3f2a-9c1b-77d0-e4a5"; identifies, does not prove. */
export function fingerprint(seal: Pick<Seal, 'recordHash'>): string {
  return (seal.recordHash.slice(0, 16).match(/.{4}/g) ?? []).join('-');
}
