import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, verifyReceipt, type EncodedBundle } from '../shared/bundle/index';
import { makeDevice, testCrypto } from '../shared/bundle/test-support';
import { addendumBundle, inspectionBundle, withCorruptPayload } from './test-bundles';
import { auth, enrolDevice, putBundle, putPart, rowCounts, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from './test-support';
import { sha256Hex } from './tokens';

let hq: TestHq;
let device: EnrolledDevice;
let other: EnrolledDevice;

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  other = await enrolDevice(hq, 'Trần Thị B');
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const photo = (n: number, size = 2048): Uint8Array => Uint8Array.from({ length: size }, (_, i) => (i * 31 + n * 7) & 0xff);
const manifestSha = (bundle: EncodedBundle): string => sha256Hex(bundle.manifestBytes);

async function partsStaged(bundle: EncodedBundle): Promise<void> {
  for (const [sha, bytes] of bundle.parts) expect((await putPart(hq.server, device, sha, bytes)).statusCode).toBe(201);
}

describe('PUT /v1/bundles/:id', () => {
  it('stores a complete bundle and answers a receipt the device can verify', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { evidence: [photo(1), photo(2)] });
    const res = await uploadBundle(hq.server, device, bundle);
    expect(res.statusCode).toBe(201);
    const verified = await verifyReceipt(testCrypto, hq.keys.public.signingPublicKey, res.json(), {
      bundleId: bundle.manifest.bundleId,
      manifestSha256: manifestSha(bundle),
    });
    expect(verified.ok).toBe(true);

    const db = hq.database.db;
    const inspection = await db.query('SELECT office_code, device_id, record_hash FROM inspections WHERE id = $1', [bundle.manifest.inspectionId]);
    expect(inspection.rows).toEqual([{ office_code: 'DEMO-HN-01', device_id: device.deviceId, record_hash: bundle.manifest.recordHash }]);
    const findings = await db.query<{ kind: string; official_id: string | null; effective: string }>(
      `SELECT kind, official_id, recommendation->>'effective' AS effective FROM findings WHERE inspection_id = $1 ORDER BY kind`,
      [bundle.manifest.inspectionId],
    );
    // The override (review) wins over the proposal (reminder).
    expect(findings.rows).toEqual([
      { kind: 'commendable', official_id: null, effective: 'praise' },
      { kind: 'violation', official_id: 'DEMO-HN-01-03', effective: 'review' },
    ]);
    const evidence = await db.query<{ part_sha256: string }>('SELECT part_sha256 FROM evidence WHERE inspection_id = $1', [bundle.manifest.inspectionId]);
    expect(new Set(evidence.rows.map((r) => r.part_sha256))).toEqual(new Set(bundle.manifest.blobs.map((b) => b.sha256)));
    const parts = await db.query<{ sha256: string; data: Buffer }>('SELECT sha256, data FROM bundle_parts WHERE bundle_id = $1', [bundle.manifest.bundleId]);
    expect(parts.rows).toHaveLength(3);
    // Kept as ciphertext: exactly the bytes uploaded.
    for (const row of parts.rows) expect(Buffer.compare(row.data, Buffer.from(bundle.parts.get(row.sha256) ?? []))).toBe(0);
    const staged = await db.query('SELECT 1 FROM staged_parts WHERE sha256 = ANY($1::text[])', [[...bundle.parts.keys()]]);
    expect(staged.rowCount).toBe(0);

    // Idempotent: the same bundle again gets the very same receipt, and nothing new is stored.
    const before = await rowCounts(hq);
    const again = await putBundle(hq.server, device, bundle, bundle.manifest.bundleId);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(res.json());
    expect(await rowCounts(hq)).toEqual(before);
    // Its parts are known, so a resending device is told so.
    const [sha, bytes] = [...bundle.parts][0] ?? ['', new Uint8Array()];
    expect((await putPart(hq.server, device, sha, bytes)).statusCode).toBe(200);
    expect((await hq.server.inject({ method: 'HEAD', url: `/v1/blobs/${sha}`, headers: auth(device) })).statusCode).toBe(200);
  });

  it('answers 409 for the same id with another manifest, and for a second bundle of one inspection', async () => {
    const first = await inspectionBundle(device, hq.keys.public);
    expect((await uploadBundle(hq.server, device, first)).statusCode).toBe(201);
    const sameId = await inspectionBundle(device, hq.keys.public, { bundleId: first.manifest.bundleId });
    const sameInspection = await inspectionBundle(device, hq.keys.public, { inspectionId: first.manifest.inspectionId, narrative: 'khác' });
    const before = await rowCounts(hq);
    const a = await uploadBundle(hq.server, device, sameId);
    const b = await uploadBundle(hq.server, device, sameInspection);
    expect([a.statusCode, a.json<{ error: { code: string } }>().error.code]).toEqual([409, 'conflict']);
    expect([b.statusCode, b.json<{ error: { code: string } }>().error.code]).toEqual([409, 'conflict']);
    const after = await rowCounts(hq);
    // Only their parts were staged; no bundle, inspection, finding or evidence row.
    expect({ ...after, staged_parts: 0 }).toEqual({ ...before, staged_parts: 0 });
  });

  it('resolves two concurrent uploads of one bundle to one stored copy and one receipt', async () => {
    // Which of the race's paths is taken (unique violation, parts already moved) varies; each must end the same.
    for (let round = 0; round < 4; round++) {
      const bundle = await inspectionBundle(device, hq.keys.public, { evidence: [photo(9 + round)] });
      await partsStaged(bundle);
      const [a, b] = await Promise.all([
        putBundle(hq.server, device, bundle, bundle.manifest.bundleId),
        putBundle(hq.server, device, bundle, bundle.manifest.bundleId),
      ]);
      expect([a.statusCode, b.statusCode].sort()).toEqual([200, 201]);
      expect(a.json()).toEqual(b.json());
      const stored = await hq.database.db.query('SELECT 1 FROM bundle_parts WHERE bundle_id = $1', [bundle.manifest.bundleId]);
      expect(stored.rowCount).toBe(2);
    }
  });

  it('resumes: 202 lists exactly the parts not yet sent, then 201 once they are', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { evidence: [photo(11), photo(12), photo(13), photo(14)] });
    const all = [...bundle.parts];
    const [sent, rest] = [all.slice(0, 2), all.slice(2)];
    for (const [sha, bytes] of sent) expect((await putPart(hq.server, device, sha, bytes)).statusCode).toBe(201);
    const before = await rowCounts(hq);
    const partial = await putBundle(hq.server, device, bundle, bundle.manifest.bundleId);
    expect(partial.statusCode).toBe(202);
    const body = partial.json<{ status: string; missing: string[] }>();
    expect(body.status).toBe('incomplete');
    expect(new Set(body.missing)).toEqual(new Set(rest.map(([sha]) => sha)));
    expect(body.missing).toHaveLength(rest.length);
    expect(await rowCounts(hq)).toEqual(before);
    for (const [sha, bytes] of rest) expect((await putPart(hq.server, device, sha, bytes)).statusCode).toBe(201);
    expect((await putBundle(hq.server, device, bundle, bundle.manifest.bundleId)).statusCode).toBe(201);
  });

  it('takes an addendum only once its inspection is at HQ', async () => {
    const inspection = await inspectionBundle(device, hq.keys.public);
    const addendum = await addendumBundle(device, hq.keys.public, inspection.manifest.inspectionId, 1);
    const early = await uploadBundle(hq.server, device, addendum);
    expect([early.statusCode, early.json<{ error: { code: string } }>().error.code]).toEqual([422, 'unknown_inspection']);
    expect((await uploadBundle(hq.server, device, inspection)).statusCode).toBe(201);
    expect((await putBundle(hq.server, device, addendum, addendum.manifest.bundleId)).statusCode).toBe(201);
    const rows = await hq.database.db.query('SELECT number FROM addenda WHERE inspection_id = $1', [inspection.manifest.inspectionId]);
    expect(rows.rows).toEqual([{ number: 1 }]);
  });
});

describe('refusals store nothing', () => {
  async function expectRefused(bundle: EncodedBundle, status: number, code: string, as: EnrolledDevice = device, bundleId = bundle.manifest.bundleId): Promise<void> {
    const before = await rowCounts(hq);
    const res = await putBundle(hq.server, as, bundle, bundleId);
    expect(res.statusCode).toBe(status);
    expect(res.json()).toEqual({ error: { code, message: expect.any(String) as string } });
    expect(await rowCounts(hq)).toEqual(before);
  }

  it('a part whose bytes are not its name', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public);
    const [sha, bytes] = [...bundle.parts][0] ?? ['', new Uint8Array()];
    const tampered = Uint8Array.from(bytes);
    tampered[5] = (tampered[5] ?? 0) ^ 0xff;
    const before = await rowCounts(hq);
    const res = await putPart(hq.server, device, sha, tampered);
    expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([400, 'hash_mismatch']);
    expect(await rowCounts(hq)).toEqual(before);
    expect((await hq.server.inject({ method: 'HEAD', url: `/v1/blobs/${sha}`, headers: auth(device) })).statusCode).toBe(404);
  });

  it('a payload that is signed for but does not decrypt', async () => {
    const corrupt = await withCorruptPayload(device, await inspectionBundle(device, hq.keys.public));
    await partsStaged(corrupt);
    await expectRefused(corrupt, 422, 'decrypt_failed');
  });

  it('a tampered manifest, a tampered signature, a manifest for another id', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public);
    await partsStaged(bundle);
    const text = new TextDecoder().decode(bundle.manifestBytes).replace('DEMO-HN-01', 'DEMO-HN-02');
    await expectRefused({ ...bundle, manifestBytes: new TextEncoder().encode(text) }, 422, 'bad_signature');
    const signature = Uint8Array.from(bundle.signature);
    signature[10] = (signature[10] ?? 0) ^ 0x01;
    await expectRefused({ ...bundle, signature }, 422, 'bad_signature');
    await expectRefused(bundle, 400, 'manifest_mismatch', device, '01890000-0000-7000-8000-000000000000');
    // Still acceptable as itself afterwards.
    expect((await putBundle(hq.server, device, bundle, bundle.manifest.bundleId)).statusCode).toBe(201);
  });

  it('an addendum whose manifest names another office or template than its inspection', async () => {
    const inspection = await inspectionBundle(device, hq.keys.public);
    expect((await uploadBundle(hq.server, device, inspection)).statusCode).toBe(201);
    const { inspectionId } = inspection.manifest;
    for (const manifest of [{ officeCode: 'DEMO-HN-02' }, { template: { id: 'unannounced-district-office', version: 2 } }, { template: { id: 'other', version: 1 } }]) {
      const addendum = await addendumBundle(device, hq.keys.public, inspectionId, 1, manifest);
      await partsStaged(addendum);
      await expectRefused(addendum, 400, 'manifest_mismatch');
    }
    expect((await uploadBundle(hq.server, device, await addendumBundle(device, hq.keys.public, inspectionId, 1))).statusCode).toBe(201);
  });

  it('a bundle from another device than the one authenticated, or from an unknown device', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public);
    for (const [sha, bytes] of bundle.parts) await putPart(hq.server, other, sha, bytes);
    await expectRefused(bundle, 403, 'device_mismatch', other);
    const stranger = await makeDevice(other.deviceId);
    const forged = await inspectionBundle(stranger, hq.keys.public);
    for (const [sha, bytes] of forged.parts) await putPart(hq.server, other, sha, bytes);
    // Claims to be `other` but is signed by a key HQ never enrolled.
    await expectRefused(forged, 422, 'bad_signature', other);
  });

  it('no token, an unknown token, a revoked device', async () => {
    const url = '/v1/blobs/' + '0'.repeat(64);
    expect((await hq.server.inject({ method: 'HEAD', url })).statusCode).toBe(401);
    const unknown = await hq.server.inject({ method: 'PUT', url: '/v1/bundles/01890000-0000-7000-8000-000000000000', headers: { authorization: `Bearer ikd_${'A'.repeat(43)}` }, payload: {} });
    expect([unknown.statusCode, unknown.json<{ error: { code: string } }>().error.code]).toEqual([401, 'unauthenticated']);
    const revoked = await enrolDevice(hq, 'Lê Văn C');
    await hq.database.db.query('UPDATE devices SET revoked_at = now() WHERE id = $1', [revoked.deviceId]);
    const res = await putPart(hq.server, revoked, sha256Hex(new Uint8Array([1])), new Uint8Array([1]));
    expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([403, 'device_revoked']);
  });

  it('oversize parts and manifests → 413 too_large', async () => {
    const before = await rowCounts(hq);
    const big = new Uint8Array(DEFAULT_LIMITS.maxPartBytes + 1);
    const res = await putPart(hq.server, device, sha256Hex(big), big);
    expect([res.statusCode, res.json<{ error: { code: string } }>().error.code]).toEqual([413, 'too_large']);
    const bundle = await inspectionBundle(device, hq.keys.public);
    const padded = new Uint8Array(DEFAULT_LIMITS.maxManifestBytes + 1).fill(0x20);
    const manifest = await putBundle(hq.server, device, { manifestBytes: padded, signature: bundle.signature }, bundle.manifest.bundleId);
    expect([manifest.statusCode, manifest.json<{ error: { code: string } }>().error.code]).toEqual([413, 'too_large']);
    expect(await rowCounts(hq)).toEqual(before);
  });
});
