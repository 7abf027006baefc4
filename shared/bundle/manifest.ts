import { fail, ok, type Result } from '../result';
import { decodeBase64url } from '../seal/base64url';
import { canonicalBytes, utf8 } from '../seal/canonical';
import type { SealKey } from '../seal/subtle';
import { ED25519 } from '../seal/subtle';
import {
  BUNDLE_FORMAT,
  BundleManifest,
  DEFAULT_LIMITS,
  MANIFEST_PURPOSE,
  type BundleCrypto,
  type BundleLimits,
  type BundleRejection,
} from './types';

/** What the device key signs: a purpose label, then the canonical manifest bytes. */
export function manifestSigningInput(manifestBytes: Uint8Array): Uint8Array {
  const label = utf8(`${MANIFEST_PURPOSE}\n`);
  const out = new Uint8Array(label.length + manifestBytes.length);
  out.set(label);
  out.set(manifestBytes, label.length);
  return out;
}

export async function signManifest(crypto: BundleCrypto, privateKey: SealKey, manifestBytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.sign(ED25519, privateKey, manifestSigningInput(manifestBytes)));
}

type Utf8Decoder = new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
/** shared/ has no DOM types; every host we run on (Chromium, Electron, Node) has TextDecoder. */
const PlatformDecoder = (globalThis as unknown as { TextDecoder: Utf8Decoder }).TextDecoder;

/** Strict UTF-8 then JSON; undefined for anything else. */
export function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new PlatformDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Checks, in this order and before anything else is read: size, JSON, format
 * version, shape, that the bytes are the canonical form (so one manifest has
 * exactly one encoding), the part limits, the device, then the signature.
 * `resolveDevice` answers the enrolled device's raw Ed25519 public key (base64url).
 */
export async function verifyManifest(
  crypto: BundleCrypto,
  manifestBytes: Uint8Array,
  signature: Uint8Array,
  resolveDevice: (deviceId: string) => Promise<string | undefined>,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<Result<BundleManifest, BundleRejection>> {
  if (manifestBytes.length > limits.maxManifestBytes) return fail('too_large', 'manifest');
  const json = parseJson(manifestBytes);
  if (json === undefined || typeof json !== 'object' || json === null) return fail('malformed_manifest', 'not JSON');
  const format = (json as { format?: unknown }).format;
  if (format !== BUNDLE_FORMAT) return fail('unsupported_version', typeof format === 'string' ? format.slice(0, 80) : undefined);
  const parsed = BundleManifest.safeParse(json);
  if (!parsed.success) return fail('malformed_manifest', parsed.error.issues[0]?.path.join('.'));
  const canonical = canonicalBytes(parsed.data);
  if (!canonical.ok || !sameBytes(canonical.value, manifestBytes)) return fail('malformed_manifest', 'not canonical');
  const manifest = parsed.data;
  const rejected = checkPartLimits(manifest, limits);
  if (rejected) return fail(rejected);
  // The number is an addendum's and only an addendum's (an inspection carrying one was found by the mutation soak, issue 8).
  if ((manifest.kind === 'addendum') !== (manifest.addendumNumber !== undefined)) return fail('malformed_manifest', 'addendumNumber');

  const publicKeyText = await resolveDevice(manifest.deviceId);
  if (publicKeyText === undefined) return fail('unknown_device');
  const publicKey = decodeBase64url(publicKeyText);
  if (signature.length !== 64 || publicKey?.length !== 32) return fail('bad_signature');
  try {
    const key = await crypto.importKey('raw', publicKey, ED25519, true, ['verify']);
    const valid = await crypto.verify(ED25519, key, signature, manifestSigningInput(manifestBytes));
    return valid ? ok(manifest) : fail('bad_signature');
  } catch {
    return fail('bad_signature');
  }
}

function checkPartLimits(manifest: BundleManifest, limits: BundleLimits): BundleRejection | null {
  if (manifest.blobs.length + 3 > limits.maxEntries) return 'too_many_entries';
  if (manifest.payload.size > limits.maxPayloadBytes) return 'too_large';
  let total = manifest.payload.size;
  const names = new Set([manifest.payload.sha256]);
  for (const blob of manifest.blobs) {
    if (blob.size > limits.maxPartBytes) return 'too_large';
    total += blob.size;
    names.add(blob.sha256);
  }
  if (total > limits.maxTotalBytes) return 'too_large';
  // Two parts with one address cannot both be stored: a manifest that says so is malformed.
  if (names.size !== manifest.blobs.length + 1) return 'malformed_manifest';
  const sorted = manifest.blobs.every((b, i, all) => i === 0 || (all[i - 1]?.sha256 ?? '') < b.sha256);
  return sorted ? null : 'malformed_manifest';
}
