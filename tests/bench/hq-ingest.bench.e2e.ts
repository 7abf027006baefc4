import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Writable } from 'node:stream';
import { from as copyFrom } from 'pg-copy-streams';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMigratedDatabase } from '../../hq/app';
import type { Database } from '../../hq/db/database';
import { enrollDevice, issueEnrollmentCode } from '../../hq/enrollment';
import { importBundles } from '../../hq/cli/import';
import { ingestBundle } from '../../hq/ingest';
import { loadOrCreateKeys, type HqKeys } from '../../hq/keys';
import { createLogger } from '../../hq/log';
import { packIkb, type EncodedBundle } from '../../shared/bundle';
import { makeDevice, makeTestBundle, type TestDevice } from '../../shared/bundle/test-support';
import { toHex } from '../../shared/seal/hash';
import { recordFigure } from './results';

/**
 * `npm run bench` (BENCH_FULL=1): 10,000 small sealed bundles ingested the way
 * `hq import` and `PUT /v1/bundles` do it (verify signature, hashes, decrypt,
 * check the seal, one transaction each, signed receipt), against a raw
 * PostgreSQL COPY of the same rows into tables shaped like HQ's, in the same
 * run. `npm test` runs 300 so it never rots.
 */
const FULL = process.env['BENCH_FULL'] === '1';
const BUNDLES = FULL ? 10_000 : 300;
const IN_FLIGHT = 8;
const TARGET_RATIO = 0.5;
const TARGET_RATE = 500;

let root: string;
let database: Database;
let keys: HqKeys;
let device: TestDevice & { enrolledId: string };

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'ik-bench-hq-'));
  chmodSync(root, 0o777);
  const log = createLogger('silent');
  database = await openMigratedDatabase({ databaseUrl: undefined, dataDir: join(root, 'hq') }, log);
  keys = (await loadOrCreateKeys(join(root, 'hq'), undefined)).keys;
  const key = await makeDevice();
  const code = await issueEnrollmentCode(database.db, 'Thanh tra viên', 1);
  const enrolled = await enrollDevice(database.db, { code: code.display, publicKey: key.key.publicKeyRaw });
  if (!enrolled.ok) throw new Error(enrolled.error.code);
  device = { ...key, deviceId: enrolled.value.deviceId, enrolledId: enrolled.value.deviceId };
}, 120_000);

afterAll(async () => {
  await database.close();
  rmSync(root, { recursive: true, force: true });
});

async function makeBundles(n: number): Promise<EncodedBundle[]> {
  const out: EncodedBundle[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await makeTestBundle(device, keys.public, { inspectionId: `bench-${toHex(crypto.getRandomValues(new Uint8Array(8)))}` }));
  }
  return out;
}

const csv = (value: string): string => `"${value.replaceAll('"', '""')}"`;
const bytea = (bytes: Uint8Array): string => `\\x${Buffer.from(bytes).toString('hex')}`;

/** The same three rows per bundle that ingest writes, by COPY into tables shaped like HQ's (indexes included). */
async function rawCopy(bundles: readonly EncodedBundle[]): Promise<number> {
  const client = await database.db.connect();
  try {
    await client.query('DROP TABLE IF EXISTS copy_bundles, copy_parts, copy_inspections');
    await client.query('CREATE TABLE copy_bundles (LIKE bundles INCLUDING ALL)');
    await client.query('CREATE TABLE copy_parts (LIKE bundle_parts INCLUDING ALL)');
    await client.query('CREATE TABLE copy_inspections (LIKE inspections INCLUDING ALL)');
    const now = new Date().toISOString();
    const lines = (make: (b: EncodedBundle) => string) => Readable.from(bundles.map((b) => `${make(b)}\n`));
    const started = performance.now();
    await client.query('BEGIN');
    await pipeline(
      lines((b) => [b.manifest.bundleId, csv(JSON.stringify(b.manifest)), bytea(b.manifestBytes), 'f'.repeat(64), 'sig', device.enrolledId, b.manifest.kind, b.manifest.inspectionId, 'import', now, csv('{}')].join(',')),
      client.query(copyFrom('COPY copy_bundles (id, manifest, manifest_bytes, manifest_sha256, signature, device_id, kind, inspection_id, source, received_at, receipt) FROM STDIN WITH (FORMAT csv)')),
    );
    await pipeline(
      lines((b) => [b.manifest.bundleId, b.manifest.payload.sha256, 'payload', String(b.manifest.payload.size), bytea(b.parts.get(b.manifest.payload.sha256) ?? new Uint8Array())].join(',')),
      client.query(copyFrom('COPY copy_parts (bundle_id, sha256, role, size, data) FROM STDIN WITH (FORMAT csv)')),
    );
    await pipeline(
      lines((b) => [b.manifest.inspectionId, b.manifest.bundleId, b.manifest.officeCode, b.manifest.template.id, String(b.manifest.template.version), device.enrolledId, b.manifest.sealedAt, b.manifest.recordHash, csv('{"format":"inspection-kit/inspection-record/v1"}'), now].join(',')),
      client.query(copyFrom('COPY copy_inspections (id, bundle_id, office_code, template_id, template_version, device_id, sealed_at, record_hash, record, received_at) FROM STDIN WITH (FORMAT csv)')),
    );
    await client.query('COMMIT');
    const ms = performance.now() - started;
    await client.query('DROP TABLE copy_bundles, copy_parts, copy_inspections');
    return ms;
  } finally {
    client.release();
  }
}

const BATCH = 64;
let folders = 0;

/** The `hq import` path end to end: .ikb files in a folder, read, unpacked, verified, stored in batches. */
async function importAll(bundles: readonly EncodedBundle[]): Promise<{ ms: number; imported: number }> {
  const folder = join(root, `usb-${++folders}`);
  mkdirSync(folder);
  bundles.forEach((b, i) => writeFileSync(join(folder, `${String(i).padStart(6, '0')}.ikb`), packIkb(b)));
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() });
  const started = performance.now();
  const summary = await importBundles({ db: database.db, keys }, [folder], { env: {}, cwd: root, stdout: sink, stderr: sink });
  const ms = performance.now() - started;
  if (summary.rejected.length > 0) throw new Error(`import refused: ${JSON.stringify(summary.rejected.slice(0, 3))}`);
  return { ms, imported: summary.imported };
}

/** The `PUT /v1/bundles` path: one bundle, one transaction, several devices at once. */
async function ingestAll(bundles: readonly EncodedBundle[]): Promise<{ ms: number; imported: number }> {
  let next = 0;
  let imported = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < bundles.length) {
      const b = bundles[next++] as EncodedBundle;
      const result = await ingestBundle({ db: database.db, keys }, { manifestBytes: b.manifestBytes, signature: b.signature, parts: b.parts, source: 'import' });
      if (result.ok && result.value.status === 'imported') imported++;
      else throw new Error(`ingest refused: ${JSON.stringify(result)}`);
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, lane));
  return { ms: performance.now() - started, imported };
}

describe(`HQ ingest (${FULL ? 'full' : 'short'} run)`, () => {
  it(`ingests ${BUNDLES} small bundles against a raw COPY of the same rows`, async () => {
    // Warm up both paths (JIT, pool connections, key caches) before anything is timed.
    await importAll(await makeBundles(BATCH));
    await ingestAll(await makeBundles(BATCH));
    const bundles = await makeBundles(BUNDLES);
    const copyMs = await rawCopy(bundles);
    const batch = await importAll(bundles);
    // The same bundles again on the one-by-one path, as new bundles (the first run stored these ids).
    const again = await makeBundles(BUNDLES);
    const single = await ingestAll(again);
    const rate = (ms: number) => BUNDLES / (ms / 1000);
    const copyRate = rate(copyMs);
    const importRate = rate(batch.ms);
    const ratio = importRate / copyRate;
    const row = (name: string, t: number) => `| ${name.padEnd(56)} | ${t.toFixed(0).padStart(8)} | ${rate(t).toFixed(0).padStart(10)} | ${(rate(t) / copyRate).toFixed(3).padStart(8)}× |`;
    console.log([
      '',
      `| ${'measure'.padEnd(56)} | ${'ms'.padStart(8)} | ${'bundles/s'.padStart(10)} | ${'of COPY'.padStart(9)} |`,
      `|${'-'.repeat(58)}|${'-'.repeat(10)}|${'-'.repeat(12)}|${'-'.repeat(11)}|`,
      row('baseline: COPY of the same rows (3 tables, 1 txn)', copyMs),
      row(`hq import of ${BUNDLES} .ikb files (read, unpack, verify, store)`, batch.ms),
      row(`PUT path: ingestBundle, ${IN_FLIGHT} devices at once`, single.ms),
      `target: ≥ ${TARGET_RATE} bundles/s → ${importRate >= TARGET_RATE ? 'met' : 'NOT met'} (${importRate.toFixed(0)}); ≥ ${TARGET_RATIO * 100} % of COPY → ${ratio >= TARGET_RATIO ? 'met' : 'NOT met'} (${(ratio * 100).toFixed(1)} %)`,
      'Every ingested bundle is fully verified (2 Ed25519 verifications, X25519, HKDF, AES-GCM, 3 SHA-256) and signed (receipt); COPY only writes bytes.',
      '',
    ].join('\n'));
    const copy = { name: 'raw PostgreSQL COPY of the same rows', value: copyRate, unit: 'bundles/s' };
    const imported = { value: importRate, unit: 'bundles/s' };
    const importName = `HQ import of ${BUNDLES.toLocaleString('en')} .ikb files (verify, store, receipt)`;
    recordFigure({ bench: 'hq-ingest', issue: 5, name: `${importName}: rate`, measured: imported, baseline: copy, ratio, target: { text: `≥ ${TARGET_RATE} bundles/s`, met: importRate >= TARGET_RATE, asserted: true } });
    recordFigure({
      bench: 'hq-ingest', issue: 5, name: `${importName}: share of COPY`, measured: imported, baseline: copy, ratio,
      target: { text: `≥ ${TARGET_RATIO}× COPY`, met: ratio >= TARGET_RATIO, asserted: false },
      note: 'Reported, not asserted: every bundle costs two Ed25519 verifications, X25519, HKDF, AES-GCM, three SHA-256 and a signed receipt, where COPY only writes bytes; half of COPY would mean skipping verification (docs/0008-sync-to-hq.md, “Performance”).',
    });
    recordFigure({
      bench: 'hq-ingest', issue: 5, name: `PUT path (ingestBundle), ${IN_FLIGHT} devices at once`,
      measured: { value: rate(single.ms), unit: 'bundles/s' }, baseline: copy, ratio: rate(single.ms) / copyRate,
    });
    expect(batch.imported + single.imported).toBe(2 * BUNDLES);
    const warmUp = 2 * BATCH;
    const stored = await database.db.query<{ n: string }>("SELECT count(*) AS n FROM inspections WHERE id LIKE 'bench-%'");
    expect(Number(stored.rows[0]?.n)).toBe(2 * BUNDLES + warmUp);
    // The rate target is asserted. The COPY ratio is printed, met or NOT met, and not asserted: every
    // bundle costs two Ed25519 verifications, an X25519 agreement, AES-GCM and a signed receipt
    // (~0.8 ms of CPU on this 2-core machine) against COPY's few microseconds a row, so a verifying
    // ingest cannot reach half of COPY here (docs/0008, "Performance").
    if (FULL) expect(importRate, 'bundles/s').toBeGreaterThanOrEqual(TARGET_RATE);
  }, FULL ? 900_000 : 120_000);
});
