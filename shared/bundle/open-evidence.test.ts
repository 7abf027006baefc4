import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from '../seal/canonical';
import { sha256Hex } from '../seal/hash';
import type { EncodedBundle } from './encode';
import { openBundle } from './open';
import { openEvidencePart, type EvidenceRef } from './open-evidence';
import { makeDevice, makeHqKeys, makeTestBundle, testCrypto, type TestDevice, type TestHqKeys } from './test-support';

let hq: TestHqKeys;
let device: TestDevice;
let bundle: EncodedBundle;
const photos = [new Uint8Array([0xff, 0xd8, 0xff, 1, 2, 3]), utf8('%PDF-1.7 biên bản')];
let refs: EvidenceRef[];

beforeAll(async () => {
  hq = await makeHqKeys();
  device = await makeDevice();
  bundle = await makeTestBundle(device, hq.publicKeys, { evidence: photos });
  const opened = await openBundle(testCrypto, hq.decryption, bundle.manifest, device.key.publicKeyRaw, (sha) => bundle.parts.get(sha));
  if (!opened.ok) throw new Error(opened.error.code);
  // In the order of `photos`.
  const hashes = await Promise.all(photos.map((p) => sha256Hex(testCrypto, p)));
  refs = hashes.map((sha256) => ({ sha256, part: opened.value.evidence.find((e) => e.sha256 === sha256)?.part ?? '' }));
});

const open = (ref: EvidenceRef, getPart = (sha: string) => bundle.parts.get(sha), keys = hq.decryption) =>
  openEvidencePart(testCrypto, keys, bundle.manifest, ref, getPart);

describe('openEvidencePart', () => {
  it('answers exactly the plaintext of each evidence part', async () => {
    for (const [i, ref] of refs.entries()) {
      const result = await open(ref);
      expect(result).toEqual({ ok: true, value: photos[i] });
    }
  });

  it('refuses a stored part with a flipped byte, a missing part, and a part the manifest does not name', async () => {
    const ref = refs[0] as EvidenceRef;
    const flipped = Uint8Array.from(bundle.parts.get(ref.part) ?? []);
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] ?? 0) ^ 0x80;
    expect(await open(ref, () => flipped)).toMatchObject({ ok: false, error: { code: 'hash_mismatch' } });
    expect(await open(ref, () => undefined)).toMatchObject({ ok: false, error: { code: 'missing_part' } });
    expect(await open({ ...ref, part: bundle.manifest.payload.sha256 })).toMatchObject({ ok: false, error: { code: 'evidence_mismatch' } });
  });

  it('refuses a part claimed for another evidence hash, and another HQ key', async () => {
    const [first, second] = refs as [EvidenceRef, EvidenceRef];
    expect(await open({ sha256: second.sha256, part: first.part })).toMatchObject({ ok: false, error: { code: 'evidence_mismatch' } });
    const other = await makeHqKeys();
    expect(await open(first, undefined, other.decryption)).toMatchObject({ ok: false, error: { code: 'wrong_recipient' } });
    expect(await open(first, undefined, { ...other.decryption, keyId: hq.decryption.keyId })).toMatchObject({ ok: false, error: { code: 'decrypt_failed' } });
  });
});
