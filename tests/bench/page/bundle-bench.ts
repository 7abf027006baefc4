import { encodeBundle, uuidv7, type BundleCrypto } from '../../../shared/bundle';
import { generateDeviceKey, sealRecord } from '../../../shared/seal/seal';
import { sha256Hex, toHex } from '../../../shared/seal/hash';
import { encodeBase64url } from '../../../shared/seal/base64url';

const bundleCrypto = crypto.subtle as unknown as BundleCrypto;
const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

/** One encryption run over the same in-memory evidence, times in ms. */
export interface BundleEncryptRun {
  readonly photos: number;
  readonly evidenceBytes: number;
  /** Raw WebCrypto AES-256-GCM over each photo with one key, nothing else: the floor. */
  readonly rawAesGcmMs: number;
  /** encodeBundle end to end: key agreement, HKDF, AES-GCM per part, SHA-256 of each ciphertext, canonical payload, manifest signature. */
  readonly encodeMs: number;
  readonly parts: number;
}

function photo(size: number, seed: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(size, i + 65536)));
  bytes[0] = seed & 0xff; // distinct photos, distinct hashes
  bytes[1] = seed >> 8;
  return bytes;
}

async function rawAesGcm(photos: readonly Uint8Array<ArrayBuffer>[]): Promise<number> {
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const started = performance.now();
  for (const bytes of photos) {
    await crypto.subtle.encrypt({ name: 'AES-GCM', iv: crypto.getRandomValues(new Uint8Array(12)) }, key, bytes);
  }
  return performance.now() - started;
}

export const bundleBench = {
  async encryptRun(count: number, size: number): Promise<BundleEncryptRun> {
    const photos = Array.from({ length: count }, (_, i) => photo(size, i));
    const evidence = await Promise.all(photos.map(async (bytes) => ({ sha256: await sha256Hex(bundleCrypto, bytes), bytes })));
    const device = await generateDeviceKey(bundleCrypto);
    const hqPair = await crypto.subtle.generateKey({ name: 'X25519' }, true, ['deriveBits']);
    const hqRaw = new Uint8Array(await crypto.subtle.exportKey('raw', hqPair.publicKey));
    const record = {
      inspection: { id: 'bench', officeCode: 'HN-BD', template: { id: 't', version: 1 } },
      evidence: evidence.map((e, i) => ({ id: `ev-${i}`, sha256: e.sha256 })),
    };
    const seal = await sealRecord(bundleCrypto, device, record, new Date().toISOString());
    if (!seal.ok) throw new Error(seal.error.code);

    const rawBefore = await rawAesGcm(photos);
    const started = performance.now();
    const encoded = await encodeBundle(
      bundleCrypto,
      randomBytes,
      { key: device, deviceId: 'bench-device' },
      { signingPublicKey: encodeBase64url(hqRaw), encryptionPublicKey: encodeBase64url(hqRaw), encryptionKeyId: toHex(hqRaw.subarray(0, 8)) },
      {
        bundleId: uuidv7(Date.now(), randomBytes),
        kind: 'inspection',
        inspectionId: 'bench',
        officeCode: 'HN-BD',
        template: { id: 't', version: 1 },
        createdAt: seal.value.sealedAt,
        record,
        seal: seal.value,
        evidence,
      },
    );
    const encodeMs = performance.now() - started;
    if (!encoded.ok) throw new Error(encoded.error.code);
    const rawAfter = await rawAesGcm(photos);
    return { photos: count, evidenceBytes: count * size, rawAesGcmMs: Math.min(rawBefore, rawAfter), encodeMs, parts: encoded.value.parts.size };
  },
};
