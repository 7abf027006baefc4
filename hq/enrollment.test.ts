import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevice } from '../shared/bundle/test-support';
import { CATALOGUE } from '../shared/catalogue/index';
import { issueEnrollmentCode } from './enrollment';
import { createLogger } from './log';
import { etagOf, publish } from './published';
import { buildServer } from './server';
import { createStaff, signedIn } from './staff/test-staff';
import { auth, enrolDevice, inspectionOf, startTestHq, uploadBundle, type TestHq } from './test-support';
import { inspectionBundle } from './test-bundles';
import { normaliseEnrollmentCode, sha256Hex } from './tokens';

let hq: TestHq;
beforeAll(async () => {
  hq = await startTestHq();
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

async function enrol(code: string, publicKey?: string) {
  const key = publicKey ?? (await makeDevice()).key.publicKeyRaw;
  return hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code, publicKey: key, deviceName: 'Laptop 7', appVersion: '0.1.0' } });
}
const codeOf = (res: { json: () => unknown }): string => (res.json() as { error: { code: string } }).error.code;

describe('POST /v1/enrollments', () => {
  it('enrols a device once with a printed code, returning a token and the HQ keys to pin', async () => {
    const { display, expiresAt } = await issueEnrollmentCode(hq.database.db, 'Nguyễn Văn A', 24);
    expect(display).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(23 * 3_600_000);
    // Typed in lower case without dashes, it is the same code.
    const res = await enrol(display.toLowerCase().replace(/-/g, ''));
    expect(res.statusCode).toBe(201);
    const body = res.json<{ deviceId: string; token: string; inspectorName: string; hq: unknown }>();
    expect(body.token).toMatch(/^ikd_[A-Za-z0-9_-]{43}$/);
    expect(body.inspectorName).toBe('Nguyễn Văn A');
    expect(body.hq).toEqual(hq.keys.public);

    const { rows } = await hq.database.db.query<{ token_hash: string; device_name: string }>('SELECT token_hash, device_name FROM devices WHERE id = $1', [body.deviceId]);
    expect(rows).toEqual([{ token_hash: sha256Hex(body.token), device_name: 'Laptop 7' }]);
    const codes = await hq.database.db.query<{ code_hash: string }>('SELECT code_hash FROM enrollment_codes');
    // Only hashes at rest: neither the code nor the token is stored.
    expect(codes.rows.map((r) => r.code_hash)).toContain(sha256Hex(normaliseEnrollmentCode(display)));
    expect(JSON.stringify(codes.rows)).not.toContain(display.replace(/-/g, ''));

    const reused = await enrol(display);
    expect([reused.statusCode, codeOf(reused)]).toEqual([409, 'code_used']);
    // The token works.
    const pull = await hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: { authorization: `Bearer ${body.token}` } });
    expect(pull.statusCode).toBe(200);
  });

  it('refuses expired, unknown and malformed requests', async () => {
    const { display } = await issueEnrollmentCode(hq.database.db, 'Trần Thị B', 1, new Date(Date.now() - 2 * 3_600_000));
    const expired = await enrol(display);
    expect([expired.statusCode, codeOf(expired)]).toEqual([410, 'code_expired']);
    const unknown = await enrol('AAAA-BBBB-CCCC');
    expect([unknown.statusCode, codeOf(unknown)]).toEqual([404, 'unknown_code']);
    const { display: fresh } = await issueEnrollmentCode(hq.database.db, 'Trần Thị B', 1);
    const badKey = await enrol(fresh, 'not-a-key');
    expect([badKey.statusCode, codeOf(badKey)]).toEqual([400, 'malformed_request']);
    const notJson = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', headers: { 'content-type': 'application/json' }, payload: '{' });
    expect([notJson.statusCode, codeOf(notJson)]).toEqual([400, 'malformed_request']);
    // The malformed attempt did not spend the code.
    expect((await enrol(fresh)).statusCode).toBe(201);
  });

  it('lets exactly one of many concurrent uses of a code win', async () => {
    const { display } = await issueEnrollmentCode(hq.database.db, 'Lê Văn C', 1);
    const results = await Promise.all(Array.from({ length: 6 }, () => enrol(display)));
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const { rows } = await hq.database.db.query("SELECT 1 FROM devices WHERE inspector_name = 'Lê Văn C'");
    expect(rows).toHaveLength(1);
  });
});

describe('pulls with ETag', () => {
  it('serves the templates published on first start, then 304 for the same ETag', async () => {
    const device = await enrolDevice(hq);
    const first = await hq.server.inject({ method: 'GET', url: '/v1/templates', headers: auth(device) });
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(first.json<{ templates: { id: string }[] }>().templates.map((t) => t.id)).toEqual(CATALOGUE.map((t) => t.id));
    expect(etag).toBe(etagOf(first.json()));
    const second = await hq.server.inject({ method: 'GET', url: '/v1/templates', headers: { ...auth(device), 'if-none-match': etag } });
    expect(second.statusCode).toBe(304);
    expect(second.body).toBe('');
    expect(second.headers.etag).toBe(etag);
    const stale = await hq.server.inject({ method: 'GET', url: '/v1/templates', headers: { ...auth(device), 'if-none-match': '"0000"' } });
    expect(stale.statusCode).toBe(200);
  });

  it('serves the roster, and a new publication changes the ETag', async () => {
    const device = await enrolDevice(hq);
    const first = await hq.server.inject({ method: 'GET', url: '/v1/roster', headers: auth(device) });
    expect(first.statusCode).toBe(200);
    expect(Object.keys(first.json<object>()).sort()).toEqual(['offices', 'officials']);
    const etag = first.headers.etag as string;
    expect((await hq.server.inject({ method: 'GET', url: '/v1/roster', headers: { ...auth(device), 'if-none-match': `W/${etag}` } })).statusCode).toBe(304);

    const offices = [{ code: 'HN-BD', name: 'BHXH Ba Đình', province: 'Hà Nội', address: 'Số 2', demo: false }];
    await publish(hq.database.db, 'roster', 'hq-2', { offices, officials: [] });
    const changed = await hq.server.inject({ method: 'GET', url: '/v1/roster', headers: { ...auth(device), 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.json()).toEqual({ offices, officials: [] });
  });

  it('serves a device only the decisions on inspections it sent', async () => {
    const [mine, theirs] = [await enrolDevice(hq), await enrolDevice(hq)];
    const bundle = await inspectionBundle(mine, hq.keys.public);
    expect((await uploadBundle(hq.server, mine, bundle)).statusCode).toBe(201);
    const empty = await hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: auth(mine) });
    expect(empty.json()).toEqual({ decisions: [] });
    const finding = await inspectionOf(hq, bundle.manifest.inspectionId);
    const reviewer = await createStaff(hq, 'reviewer');
    const { cookie } = await signedIn(hq.server, reviewer);
    const staff = { cookie, 'x-ik-hq': '1' };
    const base = `/v1/hq/inspections/${bundle.manifest.inspectionId}`;
    expect((await hq.server.inject({ method: 'POST', url: `${base}/review`, headers: staff })).statusCode).toBe(200);
    const decided = await hq.server.inject({ method: 'POST', url: `${base}/findings/${finding}/decision`, headers: staff, payload: { outcome: 'approve', reason: 'Đồng ý' } });
    expect(decided.statusCode).toBe(201);
    const after = await hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: { ...auth(mine), 'if-none-match': empty.headers.etag as string } });
    expect(after.statusCode).toBe(200);
    expect(after.json<{ decisions: { decision: { findingId: string; outcome: string } }[] }>().decisions).toMatchObject([{ decision: { findingId: finding, outcome: 'approve' } }]);
    const other = await hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: auth(theirs) });
    expect(other.json()).toEqual({ decisions: [] });
  });
});

describe('the service', () => {
  it('answers health without auth, CORS for any origin exposing ETag, and JSON errors', async () => {
    const health = await hq.server.inject({ method: 'GET', url: '/v1/health', headers: { origin: 'http://localhost:5173' } });
    expect(health.json()).toMatchObject({ status: 'ok', service: 'inspection-kit-hq' });
    expect(health.headers['access-control-allow-origin']).toBe('*');
    expect(health.headers['access-control-expose-headers']).toContain('ETag');
    const preflight = await hq.server.inject({
      method: 'OPTIONS',
      url: '/v1/templates',
      headers: { origin: 'https://app.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'authorization,if-none-match' },
    });
    expect(preflight.statusCode).toBeLessThan(300);
    expect(String(preflight.headers['access-control-allow-headers'])).toMatch(/Authorization.*If-None-Match/);
    const missing = await hq.server.inject({ method: 'GET', url: '/v1/nope' });
    expect([missing.statusCode, codeOf(missing)]).toEqual([404, 'not_found']);
  });
});

describe('logs', () => {
  it('carry route, status and ids, but no names, tokens, codes or record contents', async () => {
    const sink = new PassThrough();
    let text = '';
    const issued = { code: '' };
    sink.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const server = await buildServer({ db: hq.database.db, keys: hq.keys, log: createLogger('debug', sink) });
    try {
      const { display } = await issueEnrollmentCode(hq.database.db, 'Hoàng Thị Log', 1);
      issued.code = display;
      const key = (await makeDevice()).key;
      const enrolled = await server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code: display, publicKey: key.publicKeyRaw } });
      const { deviceId, token } = enrolled.json<{ deviceId: string; token: string }>();
      const bundle = await inspectionBundle({ deviceId, key }, hq.keys.public, { narrative: 'Nội dung bí mật' });
      expect((await uploadBundle(server, { token }, bundle)).statusCode).toBe(201);
      await server.inject({ method: 'GET', url: '/v1/roster', headers: { authorization: `Bearer ${token}` } });
    } finally {
      await server.close();
    }
    expect(text).toContain('"route":"/v1/bundles/:id"');
    expect(text).toContain('"statusCode":201');
    for (const secret of ['Hoàng Thị Log', 'Nội dung bí mật', 'ikd_', 'Bearer', 'Nguyễn Văn A']) expect(text).not.toContain(secret);
    // The code itself, in any spelling (a UUID in a log line may look like a code: 7961-8556-1101).
    const { code } = issued;
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    for (const spelling of [code, code.replaceAll('-', ''), code.toLowerCase()]) expect(text).not.toContain(spelling);
  });
});
