/**
 * Tests only: an in-memory HQ speaking HTTP API v1 as a `fetch` function, with
 * the real codec checking every manifest, part and seal, and faults to inject
 * (HQ down, 5xx, a cut connection, a forged receipt). It counts the bytes the
 * device sends so resume tests can prove nothing stored is sent again.
 */
import { decodeBase64url } from '../../../shared/seal/base64url';
import { sha256Hex } from '../../../shared/seal/hash';
import { openBundle, signReceipt, verifyManifest, type SignedReceipt } from '../../../shared/bundle/index';
import { makeHqKeys, testCrypto, type TestHqKeys } from '../../../shared/bundle/test-support';

interface StoredBundle {
  readonly manifestSha256: string;
  readonly signed: SignedReceipt;
}

export interface FakeHqFaults {
  /** Every request fails as if HQ were unreachable. */
  down?: boolean;
  /** Answer the next N requests (other than health) with this status. */
  failNext?: { count: number; status: number; code?: string };
  /** Let this many blob uploads through, then cut the connection (the upload in transit is lost). */
  cutAfterBlobs?: number;
  /** Sign receipts with another key than the one the device pinned. */
  forgeReceipts?: boolean;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const error = (status: number, code: string) => json(status, { error: { code, message: code } });

export async function createFakeHq(options: { codes?: readonly string[]; inspectorName?: string } = {}) {
  const keys: TestHqKeys = await makeHqKeys();
  const forger = await makeHqKeys();
  const codes = new Set(options.codes ?? ['ABCD-EFGH-JKMN']);
  const used = new Set<string>();
  const devices = new Map<string, { publicKey: string; token: string; revoked: boolean }>();
  const blobs = new Map<string, Uint8Array>();
  const bundles = new Map<string, StoredBundle>();
  const faults: FakeHqFaults = {};
  const stats = { blobPuts: 0, blobBytes: 0, bundlePuts: 0, requests: [] as string[] };
  const pulls: Record<string, { etag: string; body: unknown }> = {
    templates: { etag: '"t1"', body: { templates: [] } },
    roster: { etag: '"r1"', body: { offices: [{ code: 'HQ-01', name: 'BHXH cơ sở HQ', province: 'Hà Nội', address: 'Số 1' }], officials: [] } },
    decisions: { etag: '"d1"', body: { decisions: [] } },
  };

  const deviceFor = (auth: string | null) => [...devices.entries()].find(([, d]) => auth === `Bearer ${d.token}`);

  async function putBundle(id: string, deviceId: string, body: { manifest?: unknown; signature?: unknown }): Promise<Response> {
    const manifestBytes = typeof body.manifest === 'string' ? decodeBase64url(body.manifest) : null;
    const signature = typeof body.signature === 'string' ? decodeBase64url(body.signature) : null;
    if (!manifestBytes || !signature) return error(400, 'malformed_request');
    const manifestSha256 = await sha256Hex(testCrypto, manifestBytes);
    const known = bundles.get(id);
    if (known) return known.manifestSha256 === manifestSha256 ? json(200, known.signed) : error(409, 'conflict');
    const manifest = await verifyManifest(testCrypto, manifestBytes, signature, (d) => Promise.resolve(devices.get(d)?.publicKey));
    if (!manifest.ok) return error(400, manifest.error.code);
    if (manifest.value.bundleId !== id || manifest.value.deviceId !== deviceId) return error(400, 'manifest_mismatch');
    const missing = [manifest.value.payload, ...manifest.value.blobs].map((p) => p.sha256).filter((s) => !blobs.has(s));
    if (missing.length > 0) return json(202, { status: 'incomplete', missing });
    const opened = await openBundle(testCrypto, keys.decryption, manifest.value, devices.get(deviceId)?.publicKey ?? '', (s) => blobs.get(s));
    if (!opened.ok) return error(400, opened.error.code);
    const m = manifest.value;
    const signed = await signReceipt(testCrypto, faults.forgeReceipts ? forger.signingKey : keys.signingKey, {
      bundleId: id, manifestSha256, inspectionId: m.inspectionId, kind: m.kind, deviceId, receivedAt: new Date(0).toISOString(),
    });
    bundles.set(id, { manifestSha256, signed });
    return json(201, signed);
  }

  async function handle(method: string, path: string, headers: Headers, body: unknown): Promise<Response> {
    if (method === 'GET' && path === '/v1/health') return json(200, { status: 'ok' });
    if (faults.failNext && faults.failNext.count > 0) {
      faults.failNext.count--;
      return error(faults.failNext.status, faults.failNext.code ?? 'server_error');
    }
    if (method === 'POST' && path === '/v1/enrollments') {
      const { code, publicKey } = body as { code?: string; publicKey?: string };
      const normal = (code ?? '').toUpperCase().replace(/[\s-]/g, '');
      const match = [...codes].find((c) => c.replace(/-/g, '') === normal);
      if (used.has(normal)) return error(409, 'code_used');
      if (!match) return error(404, 'unknown_code');
      codes.delete(match);
      used.add(normal);
      const deviceId = `dev-${devices.size + 1}`;
      const token = `token-${deviceId}-${'x'.repeat(24)}`;
      devices.set(deviceId, { publicKey: publicKey ?? '', token, revoked: false });
      return json(201, { deviceId, token, inspectorName: options.inspectorName ?? 'Trần Thị Trưởng Đoàn', hq: keys.publicKeys });
    }
    const device = deviceFor(headers.get('authorization'));
    if (!device) return error(401, 'unauthenticated');
    if (device[1].revoked) return error(403, 'device_revoked');
    const blob = /^\/v1\/blobs\/([0-9a-f]{64})$/.exec(path);
    if (blob?.[1] && method === 'PUT') {
      const bytes = body as Uint8Array;
      if ((await sha256Hex(testCrypto, bytes)) !== blob[1]) return error(400, 'hash_mismatch');
      const existed = blobs.has(blob[1]);
      blobs.set(blob[1], bytes);
      return new Response(null, { status: existed ? 200 : 201 });
    }
    const bundle = /^\/v1\/bundles\/([0-9a-f-]{36})$/.exec(path);
    if (bundle?.[1] && method === 'PUT') return putBundle(bundle[1], device[0], body as object);
    const pull = /^\/v1\/(templates|roster|decisions)$/.exec(path)?.[1];
    const resource = pull === undefined ? undefined : pulls[pull];
    if (resource && method === 'GET') {
      if (headers.get('if-none-match') === resource.etag) return new Response(null, { status: 304 });
      return json(200, resource.body, { etag: resource.etag });
    }
    return error(404, 'not_found');
  }

  const fetch = async (input: string, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input);
    const method = init.method ?? 'GET';
    stats.requests.push(`${method} ${url.pathname}`);
    if (faults.down) throw new TypeError('fetch failed');
    const headers = new Headers(init.headers);
    let body: unknown;
    if (init.body instanceof Uint8Array) {
      stats.blobPuts++;
      stats.blobBytes += init.body.length;
      if (faults.cutAfterBlobs !== undefined && faults.cutAfterBlobs-- <= 0) throw new TypeError('connection reset');
      body = new Uint8Array(init.body);
    } else if (typeof init.body === 'string') {
      body = JSON.parse(init.body) as unknown;
    }
    if (method === 'PUT' && url.pathname.startsWith('/v1/bundles/')) stats.bundlePuts++;
    return handle(method, url.pathname, headers, body);
  };

  return {
    url: 'http://127.0.0.1:8443',
    fetch,
    keys,
    faults,
    stats,
    blobs,
    bundles,
    pulls,
    devices,
    /** Adds a fresh one-time code. */
    addCode: (code: string) => codes.add(code),
  };
}

export type FakeHq = Awaited<ReturnType<typeof createFakeHq>>;
