import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestBundle, prepareBatch, type IngestContext } from '../../hq/ingest';
import { addendumBundle, inspectionBundle, withCorruptPayload } from '../../hq/test-bundles';
import { enrolDevice, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from '../../hq/test-support';
import { packIkb, parseJson, readIkb, unpackIkb, Uuid, type BundleFiles, type EncodedBundle } from '../../shared/bundle/index';
import { signManifest } from '../../shared/bundle/manifest';
import { makeDevice, makeHqKeys, testCrypto } from '../../shared/bundle/test-support';
import { writeZip, type RawEntry } from '../../shared/bundle/test-zip';
import { encodeBase64url } from '../../shared/seal/base64url';
import { canonicalBytes } from '../../shared/seal/canonical';

/**
 * Issue 8, hostile input: fast-check mutations of valid bundles — byte flips,
 * truncations, insertions, entry renames/reorders/duplicates/drops, manifest
 * edits (re-signed by the device or not), part swaps and splices, oversize
 * manifests, and whole bundles that are valid but wrong (another HQ, a
 * training office, a conflict) — fed to the pure decoder (`readIkb`), to HQ's
 * ingest on real PostgreSQL (the `hq import` path: `unpackIkb` + `ingestBundle`)
 * and, one in four, to the HTTP upload (parts, then manifest). Every mutant
 * that differs from the original is refused with a typed reason and leaves
 * every table as it was (staged parts aside, on the HTTP path: docs/0008).
 * 200 runs normally; `npm run test:soak` (SOAK=1) runs 10,000.
 */
const SOAK = process.env['SOAK'] === '1';
const RUNS = SOAK ? 10_000 : 200;
const HTTP_EVERY = 4;

const TABLES = ['devices', 'enrollment_codes', 'staged_parts', 'bundles', 'bundle_parts', 'inspections', 'findings', 'evidence', 'addenda', 'published', 'decisions', 'hq_audit'];

let hq: TestHq;
let ctx: IngestContext;
let device: EnrolledDevice;
let other: EnrolledDevice;
/** Valid bundles HQ would take (checked in beforeAll), never stored: what gets mutated. */
const bases: EncodedBundle[] = [];
/** Valid containers with something wrong inside; `codec` says whether the pure decoder can tell (the rest only HQ can). */
const wrongOnes: { readonly name: string; readonly bundle: EncodedBundle; readonly codec: boolean }[] = [];
const enrolled = new Map<string, string>();

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const hex = (bytes: Uint8Array): string => Buffer.from(bytes).toString('hex');

async function counts(): Promise<Record<string, number>> {
  const { rows } = await hq.database.db.query<Record<string, string>>(`SELECT ${TABLES.map((t) => `(SELECT count(*) FROM ${t}) AS ${t}`).join(', ')}`);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

beforeAll(async () => {
  // One device sends thousands of requests back to back here; the rate limits have their own tests (hq/rate-limit.test.ts).
  hq = await startTestHq({ HQ_DEVICE_RATE: '0', HQ_IP_RATE: '0' });
  ctx = { db: hq.database.db, keys: hq.keys };
  device = await enrolDevice(hq);
  other = await enrolDevice(hq, 'Trần Thị B');
  enrolled.set(device.deviceId, device.key.publicKeyRaw).set(other.deviceId, other.key.publicKeyRaw);
  const stored = await inspectionBundle(device, hq.keys.public);
  expect((await uploadBundle(hq.server, device, stored)).statusCode).toBe(201);
  const photo = (n: number): Uint8Array => Uint8Array.from({ length: 700 + n * 300 }, (_, i) => (i * 13 + n) & 0xff);
  bases.push(
    await inspectionBundle(device, hq.keys.public),
    await inspectionBundle(device, hq.keys.public, { evidence: [photo(1), photo(2)] }),
    await addendumBundle(device, hq.keys.public, stored.manifest.inspectionId, 1),
  );
  // Each base is acceptable as it is (verified in full, not stored), so each refusal below is the mutation's doing.
  const prepared = await prepareBatch(ctx, bases.map((b) => ({ manifestBytes: b.manifestBytes, signature: b.signature, parts: b.parts, source: 'import' as const })));
  expect(prepared.items.map((item) => 'bundle' in item)).toEqual([true, true, true]);

  const stranger = await makeDevice(device.deviceId);
  const otherHq = await makeHqKeys();
  const base = bases[1] as EncodedBundle;
  wrongOnes.push(
    { name: 'payload re-encrypted wrong, re-signed', bundle: await withCorruptPayload(device, base), codec: true },
    { name: 'signed by a key HQ never enrolled', bundle: await inspectionBundle(stranger, hq.keys.public), codec: true },
    { name: 'encrypted to another HQ', bundle: await inspectionBundle(device, otherHq.publicKeys), codec: true },
    { name: 'a training office (manifest)', bundle: await inspectionBundle(device, hq.keys.public, { officeCode: 'TRAIN-HN-01' }), codec: false },
    { name: 'a training office (record only)', bundle: await inspectionBundle(device, hq.keys.public, { recordOfficeCode: 'TRAIN-HN-01' }), codec: false },
    { name: 'a second bundle for a stored inspection', bundle: await inspectionBundle(device, hq.keys.public, { inspectionId: stored.manifest.inspectionId }), codec: false },
    { name: 'an addendum to an inspection HQ lacks', bundle: await addendumBundle(device, hq.keys.public, 'no-such-inspection', 1), codec: false },
  );
}, 120_000);

afterAll(async () => {
  await hq.stop();
});

/** A mutant is either a whole file (container-level damage) or the three kinds of content, packed canonically. */
type Mutant = { readonly raw: Uint8Array } | { readonly files: BundleFiles; readonly codec?: boolean };

const HOSTILE_NAMES = ['../manifest.json', '/etc/passwd', 'C:\\x', 'manifest.json', 'signature', 'MANIFEST.JSON', 'a'.repeat(63), `${'0'.repeat(64)}/x`];
const FIELDS = [
  'bundleId', 'kind', 'inspectionId', 'addendumNumber', 'officeCode', 'template.id', 'template.version', 'deviceId', 'recordHash', 'sealedAt', 'format',
  'encryption.recipientKeyId', 'encryption.ephemeralPublicKey', 'encryption.algorithm', 'payload.sha256', 'payload.size', 'payload.nonce', 'blobs',
  'createdAt', 'extra key',
] as const;
type Field = (typeof FIELDS)[number];

const hex64 = fc.uint8Array({ minLength: 32, maxLength: 32 }).map(hex);
const plan = fc.oneof(
  { weight: 3, arbitrary: fc.record({ t: fc.constant('flip' as const), at: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('truncate' as const), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('rename' as const), entry: fc.nat(), name: fc.oneof(fc.constantFrom(...HOSTILE_NAMES), hex64) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('reorder' as const), order: fc.array(fc.nat(), { minLength: 6, maxLength: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('duplicate' as const), entry: fc.nat(), changed: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('deflate' as const), entry: fc.nat() }) },
  {
    weight: 5,
    arbitrary: fc.record({
      t: fc.constant('manifest' as const),
      field: fc.constantFrom(...FIELDS),
      text: fc.string({ maxLength: 40 }),
      n: fc.integer({ min: -2, max: 1_000_000 }),
      hex: hex64,
      signer: fc.constantFrom('none', 'device', 'other'),
    }),
  },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('manifestBytes' as const), at: fc.nat(), insert: fc.constantFrom(' ', '\n', '{', '"', 'é', '\u0000'), resign: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('signature' as const), how: fc.constantFrom('flip', 'truncate', 'extend', 'zero', 'other device'), at: fc.nat() }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('part' as const), how: fc.constantFrom('flip', 'flip re-signed', 'swap', 'drop', 'extra', 'splice re-signed', 'empty'), at: fc.nat(), which: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ t: fc.constant('oversize' as const), what: fc.constantFrom('manifest', 'announced part', 'entries') }) },
  { weight: 2, arbitrary: fc.record({ t: fc.constant('wrong' as const), which: fc.nat() }) },
);
type Plan = typeof plan extends fc.Arbitrary<infer P> ? P : never;

const entriesOf = (files: BundleFiles): RawEntry[] => [
  { name: 'manifest.json', data: files.manifestBytes },
  { name: 'signature', data: files.signature },
  ...[...files.parts.keys()].sort().map((name) => ({ name, data: files.parts.get(name) ?? new Uint8Array() })),
];

function editManifest(manifest: Record<string, unknown>, p: Extract<Plan, { t: 'manifest' }>): Record<string, unknown> {
  const m = structuredClone(manifest) as Record<string, unknown> & { template: Record<string, unknown>; encryption: Record<string, unknown>; payload: Record<string, unknown>; blobs: Record<string, unknown>[] };
  const field: Field = p.field;
  switch (field) {
    case 'bundleId': m.bundleId = `${p.hex.slice(0, 8)}-${p.hex.slice(8, 12)}-7${p.hex.slice(13, 16)}-8${p.hex.slice(17, 20)}-${p.hex.slice(20, 32)}`; break;
    case 'kind': m.kind = m.kind === 'inspection' ? 'addendum' : 'inspection'; break;
    case 'inspectionId': m.inspectionId = `${String(m.inspectionId)}${p.text || 'x'}`; break;
    case 'addendumNumber': m.addendumNumber = p.n === m.addendumNumber ? p.n + 1 : p.n; break;
    case 'officeCode': m.officeCode = `${p.text}X`.slice(0, 32); break;
    case 'template.id': m.template.id = `${String(m.template.id)}${p.text || 'x'}`; break;
    case 'template.version': m.template.version = p.n === m.template.version ? p.n + 1 : p.n; break;
    case 'deviceId': m.deviceId = p.signer === 'other' ? other.deviceId : p.text || 'dev-x'; break;
    case 'recordHash': m.recordHash = p.hex; break;
    case 'sealedAt': m.sealedAt = new Date(Date.parse('2026-11-23T03:00:00.000Z') + 1 + Math.abs(p.n)).toISOString(); break;
    case 'format': m.format = `inspection-kit/bundle/v${String(Math.abs(p.n) + 2)}`; break;
    case 'encryption.recipientKeyId': m.encryption.recipientKeyId = p.hex.slice(0, 16); break;
    case 'encryption.ephemeralPublicKey': m.encryption.ephemeralPublicKey = encodeBase64url(Buffer.from(p.hex, 'hex')); break;
    case 'encryption.algorithm': m.encryption.algorithm = `X25519-${p.text}`; break;
    case 'payload.sha256': m.payload.sha256 = p.hex; break;
    case 'payload.size': m.payload.size = p.n === m.payload.size ? p.n + 1 : p.n; break;
    case 'payload.nonce': m.payload.nonce = encodeBase64url(Buffer.from(p.hex.slice(0, 24), 'hex')); break;
    case 'blobs': m.blobs = m.blobs.length > 1 ? [...m.blobs].reverse() : [...m.blobs, { nonce: 'AAAAAAAAAAAAAAAA', sha256: p.hex, size: Math.abs(p.n) }]; break;
    case 'createdAt': m.createdAt = new Date(Date.parse('2026-11-23T03:00:00.000Z') + 1 + Math.abs(p.n)).toISOString(); break;
    case 'extra key': m[`x${p.text}`] = p.n; break;
  }
  return m;
}

/**
 * An addendum's record names no office or template, so only HQ — holding the
 * inspection — can refuse a manifest (re-signed by its device) that changes
 * just those; the pure decoder cannot tell.
 */
function onlyAddendumMetadataDiffers(base: EncodedBundle, manifestBytes: Uint8Array): boolean {
  if (base.manifest.kind !== 'addendum') return false;
  const edited = parseJson(manifestBytes);
  if (typeof edited !== 'object' || edited === null) return false;
  const restored = canonicalBytes({ ...edited, officeCode: base.manifest.officeCode, template: base.manifest.template });
  const again = canonicalBytes(edited);
  return restored.ok && again.ok && sameFile(restored.value, base.manifestBytes) && sameFile(again.value, manifestBytes);
}

async function sign(bytes: Uint8Array, signer: 'device' | 'other'): Promise<Uint8Array> {
  return signManifest(testCrypto, (signer === 'device' ? device : other).key.privateKey, bytes);
}

function canonical(value: unknown): Uint8Array {
  const bytes = canonicalBytes(value);
  if (!bytes.ok) throw new Error('not canonical');
  return bytes.value;
}

async function mutate(base: EncodedBundle, p: Plan): Promise<Mutant | undefined> {
  const files: BundleFiles = { manifestBytes: base.manifestBytes, signature: base.signature, parts: base.parts };
  const file = packIkb(files);
  const entries = entriesOf(files);
  const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
  switch (p.t) {
    case 'flip': {
      const bytes = file.slice();
      for (const [at, mask] of p.at) bytes[at % bytes.length] = (bytes[at % bytes.length] ?? 0) ^ mask;
      return { raw: bytes };
    }
    case 'truncate':
      return { raw: file.slice(0, p.at % file.length) };
    case 'insert': {
      const at = p.at % (file.length + 1);
      return { raw: Uint8Array.from([...file.subarray(0, at), ...p.bytes, ...file.subarray(at)]) };
    }
    case 'rename': {
      const index = p.entry % entries.length;
      return { raw: writeZip(entries.map((e, i) => (i === index ? { ...e, name: p.name } : e))) };
    }
    case 'reorder': {
      const order = entries.map((e, i) => ({ e, key: p.order[i] ?? 0, i })).sort((a, b) => a.key - b.key || b.i - a.i).map((x) => x.e);
      // A stable sort of equal keys could give back the original order: reverse it then.
      const same = order.every((e, i) => e === entries[i]);
      return { raw: writeZip(same ? [...entries].reverse() : order) };
    }
    case 'duplicate': {
      const entry = pick(entries, p.entry);
      const copy = p.changed ? { ...entry, data: Uint8Array.from([...entry.data, 0]) } : entry;
      return { raw: writeZip([...entries, copy]) };
    }
    case 'deflate': {
      const index = p.entry % entries.length;
      return { raw: writeZip(entries.map((e, i) => (i === index ? { ...e, method: 8 as const } : e))) };
    }
    case 'manifest': {
      // createdAt is the device's own note of when it made the bundle, bound to nothing else: re-signed by that
      // device it is a new, genuine bundle, not a forgery (the record's time is sealedAt, which is bound).
      if (p.field === 'createdAt' && p.signer === 'device') return undefined;
      const edited = canonical(editManifest(JSON.parse(new TextDecoder().decode(base.manifestBytes)) as Record<string, unknown>, p));
      const signature = p.signer === 'none' ? base.signature : await sign(edited, p.signer);
      const hqOnly = p.signer === 'device' && onlyAddendumMetadataDiffers(base, edited);
      return { files: { ...files, manifestBytes: edited, signature }, ...(hqOnly ? { codec: false } : {}) };
    }
    case 'manifestBytes': {
      const at = p.at % (base.manifestBytes.length + 1);
      const bytes = Uint8Array.from([...base.manifestBytes.subarray(0, at), ...new TextEncoder().encode(p.insert), ...base.manifestBytes.subarray(at)]);
      const hqOnly = p.resign && onlyAddendumMetadataDiffers(base, bytes);
      return { files: { ...files, manifestBytes: bytes, signature: p.resign ? await sign(bytes, 'device') : base.signature }, ...(hqOnly ? { codec: false } : {}) };
    }
    case 'signature': {
      const s = base.signature;
      const signature =
        p.how === 'flip' ? s.map((b, i) => (i === p.at % s.length ? b ^ 0x80 : b))
        : p.how === 'truncate' ? s.slice(0, p.at % s.length)
        : p.how === 'extend' ? Uint8Array.from([...s, p.at & 0xff])
        : p.how === 'zero' ? new Uint8Array(64)
        : await sign(base.manifestBytes, 'other');
      return { files: { ...files, signature } };
    }
    case 'part':
      return mutatePart(base, files, p);
    case 'oversize':
      if (p.what === 'manifest') return { files: { ...files, manifestBytes: Uint8Array.from([...base.manifestBytes, ...new Uint8Array(512 * 1024).fill(0x20)]) } };
      if (p.what === 'announced part') return { raw: writeZip([...entries, { name: 'f'.repeat(64), data: new Uint8Array(8), originalSize: 0x7fffffff }]) };
      return { raw: writeZip([...entries, ...Array.from({ length: 2004 }, (_, i) => ({ name: i.toString(16).padStart(64, 'e'), data: new Uint8Array(1) }))]) };
    case 'wrong': {
      const wrong = pick(wrongOnes, p.which);
      return { files: { manifestBytes: wrong.bundle.manifestBytes, signature: wrong.bundle.signature, parts: wrong.bundle.parts }, codec: wrong.codec };
    }
  }
}

async function mutatePart(base: EncodedBundle, files: BundleFiles, p: Extract<Plan, { t: 'part' }>): Promise<Mutant | undefined> {
  const names = [...base.parts.keys()].sort();
  const name = names[p.which % names.length] ?? '';
  const bytes = base.parts.get(name) ?? new Uint8Array();
  const parts = new Map(base.parts);
  const flipped = bytes.map((b, i) => (i === p.at % bytes.length ? b ^ 0x01 : b));
  const renamed = async (from: string, to: string, size: number): Promise<Mutant> => {
    // The manifest names the new part (same nonce), re-signed by the device: only decryption can tell.
    const text = new TextDecoder().decode(base.manifestBytes).replace(`"sha256":"${from}","size":${String(bytes.length)}`, `"sha256":"${to}","size":${String(size)}`);
    const manifest = JSON.parse(text) as { blobs: { sha256: string }[] };
    manifest.blobs.sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
    const manifestBytes = canonical(manifest);
    return { files: { manifestBytes, signature: await sign(manifestBytes, 'device'), parts } };
  };
  switch (p.how) {
    case 'flip':
      parts.set(name, flipped);
      return { files: { ...files, parts } };
    case 'flip re-signed':
      parts.delete(name);
      parts.set(sha256(flipped), flipped);
      return renamed(name, sha256(flipped), flipped.length);
    case 'swap': {
      const pool = [...bases.flatMap((b) => [...b.parts.values()])];
      const swapIn = pool.find((bytesOther) => sha256(bytesOther) !== name && (p.at % 2 === 0 || bytesOther.length !== bytes.length)) ?? new Uint8Array(1);
      parts.set(name, swapIn);
      return { files: { ...files, parts } };
    }
    case 'drop':
      parts.delete(name);
      return { files: { ...files, parts } };
    case 'extra': {
      const extra = Uint8Array.from([p.at & 0xff, 1, 2]);
      parts.set(sha256(extra), extra);
      return { files: { ...files, parts } };
    }
    case 'splice re-signed': {
      // Evidence ciphertext from another bundle, named properly: encrypted under another bundle's key.
      const foreign = [...(bases[1] as EncodedBundle).parts.values()].find((b) => !base.parts.has(sha256(b)) && b.length > 100);
      if (foreign === undefined) return undefined;
      parts.delete(name);
      parts.set(sha256(foreign), foreign);
      return renamed(name, sha256(foreign), foreign.length);
    }
    case 'empty':
      parts.set(name, new Uint8Array());
      return { files: { ...files, parts } };
  }
}

const sameFile = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe(`${String(RUNS)} mutated bundles`, () => {
  it('are all refused with a reason by the decoder, HQ ingest and the HTTP upload, and store nothing', async () => {
    const before = await counts();
    const reasons = { decoder: new Map<string, number>(), ingest: new Map<string, number>(), http: new Map<string, number>() };
    const tally = (map: Map<string, number>, code: string) => map.set(code, (map.get(code) ?? 0) + 1);
    let skipped = 0;
    let run = 0;
    const hqKey = { privateKey: hq.keys.encryptionPrivateKey, keyId: hq.keys.public.encryptionKeyId };
    const resolve = (id: string) => Promise.resolve(enrolled.get(id));

    await fc.assert(
      fc.asyncProperty(fc.nat(bases.length - 1), plan, async (baseIndex, p) => {
        const base = bases[baseIndex] as EncodedBundle;
        const mutant = await mutate(base, p);
        const original = packIkb(base);
        const file = mutant === undefined ? original : 'raw' in mutant ? mutant.raw : packIkb(mutant.files);
        if (mutant === undefined || sameFile(file, original)) {
          skipped += 1;
          return;
        }
        const label = JSON.stringify({ base: baseIndex, plan: p });
        run += 1;

        // 1. The pure decoder.
        const decoded = await readIkb(testCrypto, file, hqKey, resolve);
        const codecJudges = !('files' in mutant) || mutant.codec !== false;
        if (codecJudges) expect(decoded.ok, label).toBe(false);
        tally(reasons.decoder, decoded.ok ? 'accepted (HQ-only check)' : decoded.error.code);

        // 2. HQ ingest on PostgreSQL, as `hq import` runs it.
        const unpacked = unpackIkb(file);
        const ingested = unpacked.ok ? await ingestBundle(ctx, { ...unpacked.value, source: 'import' }) : unpacked;
        expect(ingested.ok, label).toBe(false);
        tally(reasons.ingest, ingested.ok ? 'ACCEPTED' : ingested.error.code);

        // 3. The HTTP upload: every part under its name, then the manifest; a 202 gets the missing parts it can.
        if ('files' in mutant && run % HTTP_EVERY === 0) tally(reasons.http, await httpUpload(mutant.files, base, label));
        expect({ ...(await counts()), staged_parts: 0 }, label).toEqual({ ...before, staged_parts: 0 });
      }),
      { numRuns: RUNS, ...(process.env['SEED'] === undefined ? {} : { seed: Number(process.env['SEED']) }) },
    );
    const table = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]).map(([code, n]) => `${code.padEnd(26)} ${String(n).padStart(6)}`).join('\n');
    console.log(
      `bundle mutations: ${String(run)} mutants (${String(skipped)} skipped: identical to the original, or createdAt re-signed by the device)\n` +
        `-- decoder (readIkb) --\n${table(reasons.decoder)}\n-- HQ ingest (import path) --\n${table(reasons.ingest)}\n-- HTTP upload (1 in ${String(HTTP_EVERY)}) --\n${table(reasons.http)}`,
    );
    expect(run).toBeGreaterThan(RUNS * 0.9);
    expect(reasons.ingest.has('ACCEPTED')).toBe(false);
  }, SOAK ? 3_600_000 : 60_000);
});

/**
 * Over HTTP a bundle is its signed manifest; parts are content-addressed and
 * judged alone. A part whose bytes are not its name is refused at once; when
 * only parts were changed the manifest is the original, which HQ would rightly
 * take (from the genuine parts), so it is not sent.
 */
async function httpUpload(files: BundleFiles, base: EncodedBundle, label: string): Promise<string> {
  const headers = { authorization: `Bearer ${device.token}` };
  const refused = new Set<string>();
  for (const [name, bytes] of files.parts) {
    const res = await hq.server.inject({ method: 'PUT', url: `/v1/blobs/${encodeURIComponent(name)}`, headers: { ...headers, 'content-type': 'application/octet-stream' }, payload: Buffer.from(bytes) });
    if (res.statusCode >= 300) refused.add(`part ${res.json<{ error: { code: string } }>().error.code}`);
    else expect(/^[0-9a-f]{64}$/.test(name) && sha256(bytes) === name, `${label}: part ${name} taken`).toBe(true);
  }
  if (sameFile(files.manifestBytes, base.manifestBytes) && sameFile(files.signature, base.signature)) {
    return refused.size > 0 ? [...refused].join(', ') : 'parts only: staged, nothing else';
  }
  const claimed = parseJson(files.manifestBytes) as { bundleId?: unknown } | null | undefined;
  const id = Uuid.safeParse(claimed?.bundleId).success ? String(claimed?.bundleId) : base.manifest.bundleId;
  const res = await hq.server.inject({ method: 'PUT', url: `/v1/bundles/${id}`, headers, payload: { manifest: encodeBase64url(files.manifestBytes), signature: encodeBase64url(files.signature) } });
  expect(res.statusCode === 202 || (res.statusCode >= 400 && res.statusCode < 500), `${label} → ${String(res.statusCode)} ${res.body}`).toBe(true);
  if (res.statusCode === 202) return `incomplete (202)${refused.size > 0 ? ` after ${[...refused].join(', ')}` : ''}`;
  return res.json<{ error: { code: string } }>().error.code;
}
