import { fail, ok, type Result } from '../result';
import { unpackIkb, type BundleFiles } from './container';
import { verifyManifest } from './manifest';
import { openBundle, type HqPrivateKey, type OpenedBundle } from './open';
import { DEFAULT_LIMITS, type BundleCrypto, type BundleLimits, type BundleRejection } from './types';

/**
 * An `.ikb` file from end to end, as HQ's import does it: container limits,
 * manifest and signature, then parts, decryption, seal and evidence. The
 * unpacked files come back too, for storing the ciphertext as received.
 */
export async function readIkb(
  crypto: BundleCrypto,
  bytes: Uint8Array,
  hq: HqPrivateKey,
  resolveDevice: (deviceId: string) => Promise<string | undefined>,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<Result<OpenedBundle & { readonly files: BundleFiles }, BundleRejection>> {
  const files = unpackIkb(bytes, limits);
  if (!files.ok) return files;
  const { manifestBytes, signature, parts } = files.value;
  let devicePublicKey: string | undefined;
  const manifest = await verifyManifest(crypto, manifestBytes, signature, async (id) => (devicePublicKey = await resolveDevice(id)), limits);
  if (!manifest.ok) return manifest;
  const expected = new Set([manifest.value.payload.sha256, ...manifest.value.blobs.map((b) => b.sha256)]);
  const unexpected = [...parts.keys()].find((name) => !expected.has(name));
  if (unexpected) return fail('unexpected_part', unexpected);
  const opened = await openBundle(crypto, hq, manifest.value, devicePublicKey ?? '', (sha) => parts.get(sha));
  if (!opened.ok) return opened;
  return ok({ ...opened.value, files: files.value });
}
