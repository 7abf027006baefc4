import { Agent, request as httpRequest } from 'node:http';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueEnrollmentCode } from '../../hq/enrollment';
import { inspectionBundle } from '../../hq/test-bundles';
import { startTestHq, type TestHq } from '../../hq/test-support';
import { sha256Hex } from '../../hq/tokens';
import { verifyReceipt, type EncodedBundle, type SignedReceipt } from '../../shared/bundle/index';
import { makeDevice, testCrypto, testRandomBytes, type TestDevice } from '../../shared/bundle/test-support';
import { encodeBase64url } from '../../shared/seal/base64url';

/**
 * Issue 8, load: many devices upload to one real HQ (embedded PostgreSQL, its
 * HTTP server on loopback, default rate limits) over real HTTP, each from its
 * own loopback address and keep-alive connection, in a loop that stops by
 * itself: seal a small inspection, send its parts, then the manifest. One
 * upload in three leaves a part out, so HQ answers 202 with what is missing and
 * the device resumes; one in ten sends the manifest again (a lost response),
 * which must answer the same receipt. No error, nothing lost: every receipt
 * verifies, and HQ holds exactly the bundles receipted.
 * 5 devices × 3 s normally; `npm run test:soak` (SOAK=1): 50 devices × 60 s.
 */
const SOAK = process.env['SOAK'] === '1';
const DEVICES = Number(process.env['LOAD_DEVICES'] ?? (SOAK ? 50 : 5));
const SECONDS = Number(process.env['LOAD_SECONDS'] ?? (SOAK ? 60 : 3));

type Kind = 'enrol' | 'part' | 'bundle' | 'bundle 202 (resume)' | 'bundle after resume' | 'bundle again (200)';
const latencies = new Map<Kind, number[]>();
const errors: string[] = [];

let hq: TestHq;
let port: number;

beforeAll(async () => {
  hq = await startTestHq();
  port = Number(new URL(hq.url).port);
}, 120_000);
afterAll(async () => {
  await hq.stop();
});

interface Answer {
  readonly status: number;
  readonly body: string;
}

/** One device's HTTP client: its own keep-alive connection from its own loopback address, as if on its own laptop. */
function clientFor(index: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 });
  const localAddress = `127.0.${String(1 + Math.floor(index / 250))}.${String(1 + (index % 250))}`;
  return async (kind: Kind, method: 'PUT' | 'POST', path: string, body: Uint8Array | string, headers: Record<string, string>): Promise<Answer> => {
    const started = performance.now();
    const answer = await new Promise<Answer>((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, method, path, agent, localAddress, headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      });
      req.on('error', reject);
      req.end(body);
    });
    const list = latencies.get(kind) ?? [];
    list.push(performance.now() - started);
    latencies.set(kind, list);
    return answer;
  };
}

interface Receipted {
  readonly bundleId: string;
  readonly manifestSha256: string;
  readonly receipt: SignedReceipt;
}

async function runDevice(index: number, deadline: number, receipts: Receipted[]): Promise<void> {
  const call = clientFor(index);
  const expectStatus = (what: string, answer: Answer, ...ok: number[]): boolean => {
    if (ok.includes(answer.status)) return true;
    errors.push(`device ${String(index)} ${what}: ${String(answer.status)} ${answer.body.slice(0, 200)}`);
    return false;
  };
  const { display } = await issueEnrollmentCode(hq.database.db, `Thiết bị ${String(index)}`, 1);
  const key: TestDevice = await makeDevice();
  const enrolled = await call('enrol', 'POST', '/v1/enrollments', JSON.stringify({ code: display, publicKey: key.key.publicKeyRaw }), { 'content-type': 'application/json' });
  if (!expectStatus('enrol', enrolled, 201)) return;
  const { deviceId, token } = JSON.parse(enrolled.body) as { deviceId: string; token: string };
  const device: TestDevice = { deviceId, key: key.key };
  const auth = { authorization: `Bearer ${token}` };
  const putPart = (sha: string, bytes: Uint8Array) => call('part', 'PUT', `/v1/blobs/${sha}`, bytes, { ...auth, 'content-type': 'application/octet-stream' });
  const putBundle = (kind: Kind, bundle: EncodedBundle) =>
    call(kind, 'PUT', `/v1/bundles/${bundle.manifest.bundleId}`, JSON.stringify({ manifest: encodeBase64url(bundle.manifestBytes), signature: encodeBase64url(bundle.signature) }), {
      ...auth,
      'content-type': 'application/json',
    });

  for (let round = 0; performance.now() < deadline; round++) {
    const bundle = await inspectionBundle(device, hq.keys.public, { evidence: [testRandomBytes(1024 + ((index * 7919 + round * 104729) % 3072))] });
    const parts = [...bundle.parts];
    const resume = round % 3 === 1;
    const held = resume ? parts.slice(-1) : [];
    let ok = true;
    for (const [sha, bytes] of resume ? parts.slice(0, -1) : parts) ok &&= expectStatus('part', await putPart(sha, bytes), 201);
    if (!ok) continue;
    let answer = await putBundle(resume ? 'bundle 202 (resume)' : 'bundle', bundle);
    if (resume) {
      if (!expectStatus('bundle (resume)', answer, 202)) continue;
      const missing = (JSON.parse(answer.body) as { missing: string[] }).missing;
      if (JSON.stringify(missing) !== JSON.stringify(held.map(([sha]) => sha))) errors.push(`device ${String(index)}: 202 listed ${JSON.stringify(missing)}`);
      for (const [sha, bytes] of held) ok &&= expectStatus('part (resume)', await putPart(sha, bytes), 201);
      answer = await putBundle('bundle after resume', bundle);
    }
    if (!expectStatus('bundle', answer, 201)) continue;
    const receipt = JSON.parse(answer.body) as SignedReceipt;
    receipts.push({ bundleId: bundle.manifest.bundleId, manifestSha256: sha256Hex(bundle.manifestBytes), receipt });
    if (round % 10 === 5) {
      const again = await putBundle('bundle again (200)', bundle);
      if (expectStatus('bundle again', again, 200) && !isDeepStrictEqual(JSON.parse(again.body), receipt)) errors.push(`device ${String(index)}: a different receipt the second time`);
    }
  }
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

describe(`HQ under load: ${String(DEVICES)} devices × ${String(SECONDS)} s`, () => {
  it('answers every request without error, and loses nothing it receipted', async () => {
    const receipts: Receipted[] = [];
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    await Promise.all(Array.from({ length: DEVICES }, (_, i) => runDevice(i, deadline, receipts)));
    const elapsed = (performance.now() - started) / 1000;

    const requests = [...latencies.values()].reduce((n, list) => n + list.length, 0);
    const ms = (v: number) => v.toFixed(1).padStart(8);
    const rows = [...latencies].map(([kind, list]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return `${kind.padEnd(22)} ${String(list.length).padStart(7)} ${ms(percentile(sorted, 50))} ${ms(percentile(sorted, 95))} ${ms(percentile(sorted, 99))} ${ms(sorted[sorted.length - 1] ?? Number.NaN)}`;
    });
    console.log(
      [
        `HQ load: ${String(DEVICES)} devices × ${String(SECONDS)} s on loopback (${elapsed.toFixed(1)} s wall), ${String(requests)} requests, ${String(errors.length)} errors`,
        `${'request'.padEnd(22)} ${'count'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
        ...rows,
        `throughput: ${(receipts.length / elapsed).toFixed(1)} bundles/s, ${(requests / elapsed).toFixed(1)} requests/s; ${String(receipts.length)} bundles receipted`,
      ].join('\n'),
    );

    expect(errors).toEqual([]);
    expect(receipts.length).toBeGreaterThan(DEVICES);
    for (const { bundleId, manifestSha256, receipt } of receipts) {
      expect((await verifyReceipt(testCrypto, hq.keys.public.signingPublicKey, receipt, { bundleId, manifestSha256 })).ok).toBe(true);
    }
    const { rows: stored } = await hq.database.db.query<{ id: string; manifest_sha256: string }>('SELECT id, manifest_sha256 FROM bundles');
    expect(stored.length).toBe(receipts.length);
    const byId = new Map(stored.map((row) => [row.id, row.manifest_sha256]));
    for (const { bundleId, manifestSha256 } of receipts) expect(byId.get(bundleId)).toBe(manifestSha256);
    const { rows: staged } = await hq.database.db.query<{ n: string }>('SELECT count(*) AS n FROM staged_parts');
    // Every part sent was claimed by its bundle: nothing left half-uploaded.
    expect(Number(staged[0]?.n)).toBe(0);
  }, (SECONDS + 120) * 1000);
});
