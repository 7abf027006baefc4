import fc from 'fast-check';
import { zipSync, type ZipOptions } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalBytes, utf8 } from '../seal/canonical';
import { sha256Hex } from '../seal/hash';
import { packIkb, unpackIkb } from './container';
import { verifyManifest } from './manifest';
import { readIkb } from './read';
import { signReceipt, verifyReceipt } from './receipt';
import { makeDevice, makeHqKeys, makeTestBundle, testCrypto, testRandomBytes, type TestDevice, type TestHqKeys } from './test-support';
import { BUNDLE_FORMAT, DEFAULT_LIMITS } from './types';
import { uuidv7 } from './uuid7';
import { keyFingerprint } from './fingerprint';
import { signManifest } from './manifest';

let hq: TestHqKeys;
let device: TestDevice;
const devices = new Map<string, string>();
const resolve = (id: string): Promise<string | undefined> => Promise.resolve(devices.get(id));

beforeAll(async () => {
  hq = await makeHqKeys();
  device = await makeDevice('dev-a');
  devices.set(device.deviceId, device.key.publicKeyRaw);
});

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let k = 0; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

const read = (bytes: Uint8Array) => readIkb(testCrypto, bytes, hq.decryption, resolve);
const reason = async (bytes: Uint8Array): Promise<string> => {
  const result = await read(bytes);
  return result.ok ? 'accepted' : result.error.code;
};

describe('bundle codec round trip', () => {
  it('decodes what it encodes, record and evidence alike (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 200 }),
        fc.array(fc.uint8Array({ minLength: 0, maxLength: 3000 }), { maxLength: 4 }),
        async (note, photos) => {
          const encoded = await makeTestBundle(device, hq.publicKeys, { note, evidence: photos });
          const opened = await read(packIkb(encoded));
          expect(opened.ok).toBe(true);
          if (!opened.ok) return;
          expect(opened.value.record.note).toBe(note);
          const hashes = await Promise.all(photos.map((p) => sha256Hex(testCrypto, p)));
          expect(opened.value.evidence.map((e) => e.sha256).sort()).toEqual([...new Set(hashes)].sort());
          expect(opened.value.manifest.bundleId).toBe(encoded.manifest.bundleId);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('keeps evidence plaintext when asked, byte for byte', async () => {
    const photo = testRandomBytes(5000);
    const encoded = await makeTestBundle(device, hq.publicKeys, { evidence: [photo] });
    const { verifyManifest: verify } = await import('./manifest');
    const { openBundle } = await import('./open');
    const manifest = await verify(testCrypto, encoded.manifestBytes, encoded.signature, resolve);
    expect(manifest.ok).toBe(true);
    if (!manifest.ok) return;
    const opened = await openBundle(testCrypto, hq.decryption, manifest.value, device.key.publicKeyRaw, (s) => encoded.parts.get(s), {
      keepEvidence: true,
    });
    expect(opened.ok && opened.value.evidence[0]?.bytes).toEqual(photo);
  });

  it('puts nothing personal in the plaintext manifest and encrypts the payload', async () => {
    const encoded = await makeTestBundle(device, hq.publicKeys, { note: 'Nguyễn Văn Bình gây phiền hà' });
    const file = packIkb(encoded);
    expect(contains(file, utf8('Bình'))).toBe(false);
    expect(contains(file, utf8('Nguy'))).toBe(false);
    expect(contains(file, utf8('dev-a'))).toBe(true);
    expect(encoded.manifest.format).toBe(BUNDLE_FORMAT);
  });

  it('uses a fresh key and fresh nonces per bundle', async () => {
    const photo = testRandomBytes(64);
    const a = await makeTestBundle(device, hq.publicKeys, { inspectionId: 'same', evidence: [photo] });
    const b = await makeTestBundle(device, hq.publicKeys, { inspectionId: 'same', evidence: [photo] });
    expect(a.manifest.encryption.ephemeralPublicKey).not.toBe(b.manifest.encryption.ephemeralPublicKey);
    expect(a.manifest.blobs[0]?.sha256).not.toBe(b.manifest.blobs[0]?.sha256);
  });

  it('adds at most 5 % to the parts for a realistic inspection', async () => {
    const encoded = await makeTestBundle(device, hq.publicKeys, { evidence: Array.from({ length: 10 }, () => testRandomBytes(150_000)) });
    const parts = encoded.manifestBytes.length + encoded.signature.length + [...encoded.parts.values()].reduce((n, p) => n + p.length, 0);
    expect(packIkb(encoded).length / parts).toBeLessThan(1.05);
  });
});

describe('tampering, truncation and reordering', () => {
  let good: Uint8Array;
  beforeAll(async () => {
    good = packIkb(await makeTestBundle(device, hq.publicKeys, { evidence: [testRandomBytes(300)] }));
  });

  it('accepts the untouched file', async () => {
    expect(await reason(good)).toBe('accepted');
  });

  it('rejects every single-byte flip, with a reason', async () => {
    const masks = fc.sample(fc.integer({ min: 1, max: 255 }), { numRuns: good.length, seed: 42 });
    const reasons = new Map<string, number>();
    for (let i = 0; i < good.length; i++) {
      const bad = good.slice();
      bad[i] = (bad[i] ?? 0) ^ (masks[i] ?? 1);
      const code = await reason(bad);
      expect(code, `flip at byte ${i}`).not.toBe('accepted');
      reasons.set(code, (reasons.get(code) ?? 0) + 1);
    }
    // ZIP CRCs cover every entry, so the container check sees every flip first.
    expect(reasons.get('malformed_container') ?? 0).toBeGreaterThan(good.length / 2);
  }, 120_000);

  it('rejects every single-byte flip inside an entry even when the container is rebuilt around it', async () => {
    const files = unpackIkb(good);
    if (!files.ok) throw new Error(files.error.code);
    const { manifestBytes, signature, parts } = files.value;
    const named: [string, Uint8Array][] = [['manifest.json', manifestBytes], ['signature', signature], ...parts];
    const reasons = new Map<string, number>();
    for (const [name, data] of named) {
      for (let i = 0; i < data.length; i++) {
        const flipped = data.slice();
        flipped[i] = (flipped[i] ?? 0) ^ (1 << (i % 8));
        const rebuilt = packIkb({
          manifestBytes: name === 'manifest.json' ? flipped : manifestBytes,
          signature: name === 'signature' ? flipped : signature,
          parts: new Map([...parts].map(([k, v]) => [k, k === name ? flipped : v])),
        });
        const code = await reason(rebuilt);
        expect(code, `${name} byte ${i}`).not.toBe('accepted');
        reasons.set(code, (reasons.get(code) ?? 0) + 1);
      }
    }
    for (const code of ['bad_signature', 'hash_mismatch']) expect(reasons.get(code) ?? 0).toBeGreaterThan(0);
  }, 120_000);

  it('rejects every truncation', async () => {
    for (let length = 0; length < good.length; length++) {
      expect(await reason(good.subarray(0, length)), `cut at ${length}`).not.toBe('accepted');
    }
  }, 60_000);

  it('rejects reordered, recompressed or renamed entries', async () => {
    const files = unpackIkb(good);
    if (!files.ok) throw new Error(files.error.code);
    const { manifestBytes, signature, parts } = files.value;
    const stored = { level: 0 as const, mtime: new Date(1980, 0, 1) };
    const partEntries = [...parts.entries()].map(([name, data]): [string, [Uint8Array, ZipOptions]] => [name, [data, stored]]);
    const reversed: [string, [Uint8Array, ZipOptions]][] = [...partEntries.reverse(), ['signature', [signature, stored]], ['manifest.json', [manifestBytes, stored]]];
    const reordered = zipSync(Object.fromEntries(reversed));
    expect(await reason(reordered)).toBe('malformed_container');
    const deflated = zipSync({ 'manifest.json': [manifestBytes, { level: 6 }], signature: [signature, stored], ...Object.fromEntries(partEntries) });
    expect(await reason(deflated)).toBe('malformed_container');
    const traversal = zipSync({ '../manifest.json': [manifestBytes, stored], signature: [signature, stored] });
    expect(await reason(traversal)).toBe('bad_entry_name');
    const extra = packIkb({ manifestBytes, signature, parts: new Map([...parts, ['f'.repeat(64), new Uint8Array(3)]]) });
    expect(await reason(extra)).toBe('unexpected_part');
    const missing = packIkb({ manifestBytes, signature, parts: new Map([...parts].slice(1)) });
    expect(await reason(missing)).toBe('missing_part');
  });
});

describe('limits and identities', () => {
  it('checks limits before reading entries', async () => {
    const encoded = await makeTestBundle(device, hq.publicKeys, { evidence: [testRandomBytes(4000)] });
    const small = { ...DEFAULT_LIMITS, maxPartBytes: 1000 };
    expect(unpackIkb(packIkb(encoded), small)).toMatchObject({ ok: false, error: { code: 'too_large' } });
    expect(unpackIkb(packIkb(encoded), { ...DEFAULT_LIMITS, maxEntries: 2 })).toMatchObject({ ok: false, error: { code: 'too_many_entries' } });
    expect(unpackIkb(testRandomBytes(2000), { ...DEFAULT_LIMITS, maxTotalBytes: 1000, maxManifestBytes: 0 })).toMatchObject({
      ok: false,
      error: { code: 'too_large' },
    });
  });

  it('refuses an unknown device, another HQ, another version and a signer who did not seal', async () => {
    const stranger = await makeDevice('dev-stranger');
    expect(await reason(packIkb(await makeTestBundle(stranger, hq.publicKeys)))).toBe('unknown_device');

    const otherHq = await makeHqKeys();
    expect(await reason(packIkb(await makeTestBundle(device, otherHq.publicKeys)))).toBe('wrong_recipient');

    const encoded = await makeTestBundle(device, hq.publicKeys);
    const future = canonicalBytes({ ...encoded.manifest, format: 'inspection-kit/bundle/v9' });
    if (!future.ok) throw new Error('canonical');
    const futureSig = await signManifest(testCrypto, device.key.privateKey, future.value);
    expect((await verifyManifest(testCrypto, future.value, futureSig, resolve)).ok ? 'accepted' : 'rejected').toBe('rejected');
    expect(await verifyManifest(testCrypto, future.value, futureSig, resolve)).toMatchObject({ error: { code: 'unsupported_version' } });

    // The manifest re-signed by another enrolled device: the record's seal still names the first.
    const other = await makeDevice('dev-b');
    devices.set(other.deviceId, other.key.publicKeyRaw);
    const moved = canonicalBytes({ ...encoded.manifest, deviceId: other.deviceId });
    if (!moved.ok) throw new Error('canonical');
    const resigned = packIkb({ manifestBytes: moved.value, signature: await signManifest(testCrypto, other.key.privateKey, moved.value), parts: encoded.parts });
    expect(await reason(resigned)).toBe('seal_invalid');
  });

  it('makes time-ordered UUIDv7 ids', () => {
    const a = uuidv7(1_700_000_000_000, testRandomBytes);
    const b = uuidv7(1_700_000_000_001, testRandomBytes);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a < b).toBe(true);
  });
});

describe('key fingerprints', () => {
  it('are short, stable, and differ between keys', async () => {
    const other = await makeDevice('dev-other');
    const fp = keyFingerprint(device.key.publicKeyRaw);
    expect(fp).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){3}$/);
    expect(keyFingerprint(device.key.publicKeyRaw)).toBe(fp);
    expect(keyFingerprint(other.key.publicKeyRaw)).not.toBe(fp);
    expect(keyFingerprint('not base64url!')).toBe('—');
  });
});

describe('receipts', () => {
  it('verifies HQ receipts and refuses forged or misdirected ones', async () => {
    const fields = {
      bundleId: uuidv7(Date.now(), testRandomBytes),
      manifestSha256: 'a'.repeat(64),
      inspectionId: 'insp-1',
      kind: 'inspection' as const,
      deviceId: 'dev-a',
      receivedAt: '2026-11-23T04:00:00.000Z',
    };
    const signed = await signReceipt(testCrypto, hq.signingKey, fields);
    const expected = { bundleId: fields.bundleId, manifestSha256: fields.manifestSha256 };
    expect(await verifyReceipt(testCrypto, hq.publicKeys.signingPublicKey, signed, expected)).toMatchObject({ ok: true });
    const forged = { ...signed, receipt: { ...signed.receipt, inspectionId: 'insp-2' } };
    expect(await verifyReceipt(testCrypto, hq.publicKeys.signingPublicKey, forged, expected)).toMatchObject({ error: { code: 'bad_receipt' } });
    const otherHq = await makeHqKeys();
    expect(await verifyReceipt(testCrypto, otherHq.publicKeys.signingPublicKey, signed, expected)).toMatchObject({ error: { code: 'bad_receipt' } });
    expect(await verifyReceipt(testCrypto, hq.publicKeys.signingPublicKey, signed, { ...expected, manifestSha256: 'b'.repeat(64) })).toMatchObject({
      error: { code: 'receipt_mismatch' },
    });
  });
});
