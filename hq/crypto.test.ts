import { describe, expect, it } from 'vitest';
import { encodeBundle, openBundle, signReceipt, uuidv7, verifyManifest, verifyReceipt } from '../shared/bundle/index';
import { makeDevice, makeHqKeys, makeTestBundle, testCrypto, testRandomBytes } from '../shared/bundle/test-support';
import { hqCrypto } from './crypto';

/** HQ's native crypto must agree with WebCrypto (the device's) in both directions. */
describe('HQ native crypto against WebCrypto', () => {
  const receiptFields = () => ({
    bundleId: uuidv7(Date.now(), testRandomBytes),
    manifestSha256: 'c'.repeat(64),
    inspectionId: 'insp-1',
    kind: 'inspection' as const,
    deviceId: 'd',
    receivedAt: '2026-11-23T05:00:00.000Z',
  });

  it('opens what WebCrypto encoded, and WebCrypto opens what it encoded', async () => {
    const hq = await makeHqKeys();
    const device = await makeDevice();
    const photo = testRandomBytes(3000);
    const byWeb = await makeTestBundle(device, hq.publicKeys, { evidence: [photo] });
    const manifest = await verifyManifest(hqCrypto, byWeb.manifestBytes, byWeb.signature, () => Promise.resolve(device.key.publicKeyRaw));
    if (!manifest.ok) throw new Error(manifest.error.code);
    const opened = await openBundle(hqCrypto, hq.decryption, manifest.value, device.key.publicKeyRaw, (sha) => byWeb.parts.get(sha), { keepEvidence: true });
    expect(opened.ok && opened.value.evidence[0]?.bytes).toEqual(photo);

    const sealed = await makeTestBundle(device, hq.publicKeys);
    const opened2 = await verifyManifest(testCrypto, sealed.manifestBytes, sealed.signature, () => Promise.resolve(device.key.publicKeyRaw));
    expect(opened2.ok).toBe(true);
    const record = { inspection: { id: 'n1', officeCode: 'X', template: { id: 't', version: 1 } }, evidence: [] };
    const { sealRecord } = await import('../shared/seal/seal');
    const seal = await sealRecord(testCrypto, device.key, record, '2026-11-23T05:00:00.000Z');
    if (!seal.ok) throw new Error('seal');
    const byNative = await encodeBundle(hqCrypto, testRandomBytes, device, hq.publicKeys, {
      bundleId: uuidv7(Date.now(), testRandomBytes), kind: 'inspection', inspectionId: 'n1', officeCode: 'X', template: { id: 't', version: 1 },
      createdAt: seal.value.sealedAt, record, seal: seal.value, evidence: [],
    });
    if (!byNative.ok) throw new Error(byNative.error.code);
    const webManifest = await verifyManifest(testCrypto, byNative.value.manifestBytes, byNative.value.signature, () => Promise.resolve(device.key.publicKeyRaw));
    if (!webManifest.ok) throw new Error(webManifest.error.code);
    const webOpened = await openBundle(testCrypto, hq.decryption, webManifest.value, device.key.publicKeyRaw, (sha) => byNative.value.parts.get(sha));
    expect(webOpened.ok).toBe(true);
  });

  it('signs receipts WebCrypto verifies, verifies WebCrypto signatures, and refuses forgeries', async () => {
    const hq = await makeHqKeys();
    const fields = receiptFields();
    const expected = { bundleId: fields.bundleId, manifestSha256: fields.manifestSha256 };
    const native = await signReceipt(hqCrypto, hq.signingKey, fields);
    expect(await verifyReceipt(testCrypto, hq.publicKeys.signingPublicKey, native, expected)).toMatchObject({ ok: true });
    const web = await signReceipt(testCrypto, hq.signingKey, fields);
    expect(await verifyReceipt(hqCrypto, hq.publicKeys.signingPublicKey, web, expected)).toMatchObject({ ok: true });
    const other = await makeHqKeys();
    expect(await verifyReceipt(hqCrypto, other.publicKeys.signingPublicKey, web, expected)).toMatchObject({ ok: false, error: { code: 'bad_receipt' } });
  });

  it('rejects bad keys and tampered ciphertext the way WebCrypto does', async () => {
    await expect(hqCrypto.importKey('raw', new Uint8Array(31), { name: 'Ed25519' }, true, ['verify'])).rejects.toThrow();
    const ikm = await hqCrypto.importKey('raw', testRandomBytes(32), 'HKDF', false, ['deriveKey']);
    const params = { name: 'HKDF' as const, hash: 'SHA-256' as const, salt: new Uint8Array(32), info: new Uint8Array(4) };
    const key = await hqCrypto.deriveKey(params, ikm, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
    const iv = testRandomBytes(12);
    const sealed = new Uint8Array(await hqCrypto.encrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1]) }, key, new Uint8Array([5, 6, 7])));
    expect(new Uint8Array(await hqCrypto.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1]) }, key, sealed))).toEqual(new Uint8Array([5, 6, 7]));
    const flipped = sealed.map((b, i) => (i === 0 ? b ^ 1 : b));
    await expect(hqCrypto.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([1]) }, key, flipped)).rejects.toThrow();
    await expect(hqCrypto.decrypt({ name: 'AES-GCM', iv, additionalData: new Uint8Array([2]) }, key, sealed)).rejects.toThrow();
    expect(await hqCrypto.verify({ name: 'Ed25519' }, await hqCrypto.importKey('raw', new Uint8Array(32).fill(9), { name: 'Ed25519' }, true, ['verify']), new Uint8Array(63), new Uint8Array(1))).toBe(false);
  });
});
