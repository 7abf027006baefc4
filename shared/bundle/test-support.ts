/**
 * Tests only: HQ keys, device keys and small sealed records to bundle, for the
 * codec's own tests, HQ's integration tests and the device's sync tests.
 */
import { encodeBase64url } from '../seal/base64url';
import { sha256Hex, toHex } from '../seal/hash';
import { generateDeviceKey, sealRecord, type DeviceKey } from '../seal/seal';
import { nodeSubtle } from '../seal/test-support';
import { encodeBundle, type EncodedBundle } from './encode';
import type { HqPrivateKey } from './open';
import type { BundleCrypto, HqPublicKeys } from './types';
import { uuidv7 } from './uuid7';
import type { SealKey } from '../seal/subtle';

export const testCrypto = nodeSubtle as unknown as BundleCrypto;

const platformCrypto = (globalThis as unknown as { crypto: { getRandomValues<T extends Uint8Array>(a: T): T } }).crypto;

/** getRandomValues fills at most 64 KiB a call. */
export function testRandomBytes(n: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i += 65536) platformCrypto.getRandomValues(out.subarray(i, Math.min(n, i + 65536)));
  return out;
}

export interface TestHqKeys {
  readonly publicKeys: HqPublicKeys;
  readonly decryption: HqPrivateKey;
  readonly signingKey: SealKey;
}

export async function makeHqKeys(crypto: BundleCrypto = testCrypto): Promise<TestHqKeys> {
  const signing = await crypto.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const encryption = await crypto.generateKey({ name: 'X25519' }, false, ['deriveBits']);
  const encryptionRaw = new Uint8Array(await crypto.exportKey('raw', encryption.publicKey));
  const keyId = (await sha256Hex(crypto, encryptionRaw)).slice(0, 16);
  return {
    publicKeys: {
      signingPublicKey: encodeBase64url(new Uint8Array(await crypto.exportKey('raw', signing.publicKey))),
      encryptionPublicKey: encodeBase64url(encryptionRaw),
      encryptionKeyId: keyId,
    },
    decryption: { privateKey: encryption.privateKey, keyId },
    signingKey: signing.privateKey,
  };
}

export interface TestDevice {
  readonly deviceId: string;
  readonly key: DeviceKey;
}

export async function makeDevice(deviceId = `dev-${toHex(testRandomBytes(4))}`): Promise<TestDevice> {
  return { deviceId, key: await generateDeviceKey(nodeSubtle) };
}

export interface TestRecordOptions {
  readonly inspectionId?: string;
  readonly officeCode?: string;
  readonly evidence?: readonly Uint8Array[];
  readonly note?: string;
  readonly sealedAt?: string;
}

/** A record shaped like an inspection record where the codec looks (inspection, evidence), sealed by the device. */
export async function makeTestBundle(device: TestDevice, hq: HqPublicKeys, options: TestRecordOptions = {}): Promise<EncodedBundle> {
  const inspectionId = options.inspectionId ?? `insp-${toHex(testRandomBytes(6))}`;
  const officeCode = options.officeCode ?? 'HN-BD';
  const evidence = await Promise.all(
    (options.evidence ?? []).map(async (bytes) => ({ sha256: await sha256Hex(testCrypto, bytes), bytes })),
  );
  const record = {
    format: 'inspection-kit/inspection-record/v1',
    inspection: { id: inspectionId, officeCode, template: { id: 'tpl-test', version: 1 } },
    note: options.note ?? 'Kiểm tra đột xuất',
    evidence: evidence.map((e, i) => ({ id: `ev-${i}`, sha256: e.sha256, size: e.bytes.length })),
  };
  const sealedAt = options.sealedAt ?? '2026-11-23T03:00:00.000Z';
  const seal = await sealRecord(nodeSubtle, device.key, record, sealedAt);
  if (!seal.ok) throw new Error(seal.error.code);
  const encoded = await encodeBundle(testCrypto, testRandomBytes, device, hq, {
    bundleId: uuidv7(Date.parse(sealedAt), testRandomBytes),
    kind: 'inspection',
    inspectionId,
    officeCode,
    template: { id: 'tpl-test', version: 1 },
    createdAt: sealedAt,
    record,
    seal: seal.value,
    evidence,
  });
  if (!encoded.ok) throw new Error(encoded.error.code);
  return encoded.value;
}
