import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EncodedBundle } from '../../shared/bundle/index';
import { cookiePair, createStaff, errorCode, signedIn, signIn } from '../staff/test-staff';
import type { Role, StaffUser } from '../staff/users';
import { addendumBundle, inspectionBundle } from '../test-bundles';
import { auth, enrolDevice, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from '../test-support';

let hq: TestHq;
let device: EnrolledDevice;
const staff = {} as Record<Role, StaffUser>;
/** Three inspections, uploaded in this order (so listed in the reverse one), the first with an addendum. */
const bundles: EncodedBundle[] = [];
const receipts: unknown[] = [];

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  for (const role of ['reviewer', 'approver', 'admin'] as const) staff[role] = await createStaff(hq, role);
  for (let i = 0; i < 3; i++) {
    const bundle = await inspectionBundle(device, hq.keys.public, { evidence: i === 0 ? [new Uint8Array([1, 2, 3, 4])] : [] });
    const res = await uploadBundle(hq.server, device, bundle);
    expect(res.statusCode).toBe(201);
    bundles.push(bundle);
    receipts.push(res.json());
  }
  const addendum = await addendumBundle(device, hq.keys.public, bundles[0]?.manifest.inspectionId ?? '', 1);
  expect((await uploadBundle(hq.server, device, addendum)).statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const inspectionId = (n: number): string => bundles[n]?.manifest.inspectionId ?? '';
async function cookieFor(role: Role): Promise<string> {
  return (await signedIn(hq.server, staff[role])).cookie;
}
const get = (url: string, cookie: string) => hq.server.inject({ method: 'GET', url, headers: { cookie } });

/** Every route of the server as `METHOD /path`, from Fastify's own route tree (HEAD mirrors GET). */
function serverRoutes(tree: string): string[] {
  const stack: string[] = [];
  const routes: string[] = [];
  for (const line of tree.split('\n')) {
    const match = /^((?:│ {3}| {4})*)[├└]── (\S+)(?: \(([^)]+)\))?$/.exec(line);
    if (match === null) continue;
    stack.length = (match[1]?.length ?? 0) / 4;
    stack.push(match[2] ?? '');
    const path = stack.join('');
    for (const method of (match[3] ?? '').split(', ').filter((m) => m !== '' && m !== 'HEAD')) routes.push(`${method} ${path}`);
  }
  return routes;
}

type Caller = 'none' | 'device' | Role;
const CALLERS: readonly Caller[] = ['none', 'device', 'reviewer', 'approver', 'admin'];

/** The minimum role of every /v1/hq route; `null` marks the sign-in itself (no session needed, by definition). */
const ACCESS: Record<string, { minimum: Role | null; ok: number }> = {
  'POST /v1/hq/session': { minimum: null, ok: 401 },
  'GET /v1/hq/session': { minimum: 'reviewer', ok: 200 },
  'DELETE /v1/hq/session': { minimum: 'reviewer', ok: 204 },
  'GET /v1/hq/inspections': { minimum: 'reviewer', ok: 200 },
  'GET /v1/hq/inspections/:id': { minimum: 'reviewer', ok: 200 },
  'GET /v1/hq/audit': { minimum: 'admin', ok: 200 },
};

describe('access control', () => {
  it('lists every /v1/hq route of the server in the access table', () => {
    const staffRoutes = serverRoutes(hq.server.printRoutes({ commonPrefix: false })).filter((route) => route.split(' ')[1]?.startsWith('/v1/hq') === true);
    expect(staffRoutes.sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const cases = Object.entries(ACCESS).flatMap(([route, rule]) => CALLERS.map((caller) => ({ route, rule, caller })));
  it.each(cases)('$route as $caller', async ({ route, rule, caller }) => {
    const [method = '', path = ''] = route.split(' ');
    const headers: Record<string, string> = { 'x-ik-hq': '1' };
    if (caller === 'device') Object.assign(headers, auth(device));
    else if (caller !== 'none') headers.cookie = await cookieFor(caller);
    const res = await hq.server.inject({
      method: method as 'GET',
      url: path.replace(':id', inspectionId(1)),
      headers,
      ...(method === 'POST' ? { payload: { username: 'nobody', password: 'not the password' } } : {}),
    });
    if (rule.minimum === null) {
      // The sign-in never lets a session or a device token stand in for credentials.
      expect([res.statusCode, errorCode(res)]).toEqual([401, 'bad_credentials']);
      return;
    }
    const order: readonly Caller[] = ['reviewer', 'approver', 'admin'];
    const expected = caller === 'none' || caller === 'device' ? [401, 'no_session'] : order.indexOf(caller) < order.indexOf(rule.minimum) ? [403, 'forbidden'] : [rule.ok];
    expect(expected.length === 1 ? [res.statusCode] : [res.statusCode, errorCode(res)]).toEqual(expected);
  });
});

describe('GET /v1/hq/inspections', () => {
  it('lists newest arrivals first with finding counts, page by page, and audits each listing', async () => {
    const cookie = await cookieFor('reviewer');
    const first = await get('/v1/hq/inspections?limit=2', cookie);
    expect(first.statusCode).toBe(200);
    const page1 = first.json<{ items: { id: string }[]; nextCursor: string | null }>();
    expect(page1.items.map((i) => i.id)).toEqual([inspectionId(2), inspectionId(1)]);
    expect(page1.items[0]).toEqual({
      id: inspectionId(2),
      officeCode: 'DEMO-HN-01',
      templateId: 'unannounced-district-office',
      templateVersion: 1,
      sealedAt: '2026-11-23T03:00:00.000Z',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT[\d:.]+Z$/) as unknown,
      deviceId: device.deviceId,
      findings: 2,
      adverse: 1,
    });
    expect(page1.nextCursor).toEqual(expect.any(String));
    const second = await get(`/v1/hq/inspections?limit=2&cursor=${page1.nextCursor ?? ''}`, cookie);
    expect(second.json()).toMatchObject({ items: [{ id: inspectionId(0) }], nextCursor: null });

    const { rows } = await hq.database.db.query<{ action: string; detail: { count: number; continued: boolean } }>(
      `SELECT action, detail FROM hq_audit WHERE user_id = $1 AND action = 'inbox.listed' ORDER BY id DESC LIMIT 2`,
      [staff.reviewer.id],
    );
    expect(rows.map((r) => [r.detail.count, r.detail.continued])).toEqual([
      [1, true],
      [2, false],
    ]);
  });

  it('filters by office, province and sealing period, and refuses bad parameters', async () => {
    const cookie = await cookieFor('reviewer');
    const ids = async (query: string) => (await get(`/v1/hq/inspections?${query}`, cookie)).json<{ items: { id: string }[] }>().items.length;
    expect(await ids('office=DEMO-HN-01')).toBe(3);
    expect(await ids('office=HCM-Q1')).toBe(0);
    expect(await ids(`province=${encodeURIComponent('Hà Nội')}`)).toBe(3);
    expect(await ids('province=Huế')).toBe(0);
    expect(await ids('from=2026-11-23&to=2026-11-24')).toBe(3);
    expect(await ids('from=2026-11-23T03:00:00.001Z')).toBe(0);
    expect(await ids('to=2026-11-23T03:00:00Z')).toBe(0);
    for (const bad of ['limit=0', 'limit=201', 'from=yesterday', 'cursor=bm9wZQ']) {
      const res = await get(`/v1/hq/inspections?${bad}`, cookie);
      expect([bad, res.statusCode, errorCode(res)]).toEqual([bad, 400, 'malformed_request']);
    }
  });
});

describe('GET /v1/hq/inspections/:id', () => {
  it('answers the record, findings, evidence metadata, addenda, receipt and a re-verified integrity block, and audits the view', async () => {
    const res = await get(`/v1/hq/inspections/${inspectionId(0)}`, await cookieFor('approver'));
    expect(res.statusCode).toBe(200);
    const body = res.json<{
      record: { inspection: { id: string } };
      findings: { kind: string; recommendation: { effective: string } }[];
      evidence: Record<string, unknown>[];
      addenda: { number: number; integrity: { manifestSignature: string } }[];
      integrity: { manifestSignature: string; receiptSignature: string; receipt: unknown };
    }>();
    expect(body.record.inspection.id).toBe(inspectionId(0));
    expect(body.findings.map((f) => [f.kind, f.recommendation.effective]).sort()).toEqual([
      ['commendable', 'praise'],
      ['violation', 'review'],
    ]);
    expect(body.evidence).toHaveLength(1);
    expect(Object.keys(body.evidence[0] ?? {}).sort()).toEqual(['findingId', 'id', 'mediaType', 'sha256', 'size']);
    expect(body.evidence[0]?.size).toBe(4);
    expect(body.addenda.map((a) => [a.number, a.integrity.manifestSignature])).toEqual([[1, 'verified']]);
    expect(body.integrity).toEqual({ manifestSignature: 'verified', receiptSignature: 'verified', receipt: receipts[0] });

    const { rows } = await hq.database.db.query('SELECT action, target FROM hq_audit WHERE user_id = $1 ORDER BY id DESC LIMIT 1', [staff.approver.id]);
    expect(rows).toEqual([{ action: 'inspection.viewed', target: inspectionId(0) }]);
  });

  it('reports a manifest whose stored bytes no longer verify as failed', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public);
    expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
    await hq.database.db.query(`UPDATE bundles SET signature = $2 WHERE id = $1`, [bundle.manifest.bundleId, 'A'.repeat(86)]);
    const res = await get(`/v1/hq/inspections/${bundle.manifest.inspectionId}`, await cookieFor('reviewer'));
    expect(res.json<{ integrity: { manifestSignature: string; receiptSignature: string } }>().integrity).toMatchObject({
      manifestSignature: 'failed',
      receiptSignature: 'verified',
    });
  });

  it('answers 404 not_found for an unknown inspection, and writes no audit row for it', async () => {
    const cookie = await cookieFor('reviewer');
    const before = await hq.database.db.query("SELECT count(*)::int AS n FROM hq_audit WHERE action = 'inspection.viewed'");
    const res = await get('/v1/hq/inspections/no-such-inspection', cookie);
    expect([res.statusCode, errorCode(res)]).toEqual([404, 'not_found']);
    const after = await hq.database.db.query("SELECT count(*)::int AS n FROM hq_audit WHERE action = 'inspection.viewed'");
    expect(after.rows).toEqual(before.rows);
  });
});

describe('GET /v1/hq/audit', () => {
  it('shows admins the latest rows, newest first; the table refuses updates and deletes', async () => {
    const reviewer = await signIn(hq.server, staff.reviewer.username);
    await get(`/v1/hq/inspections/${inspectionId(1)}`, cookiePair(reviewer));
    const res = await get('/v1/hq/audit?limit=2', await cookieFor('admin'));
    expect(res.statusCode).toBe(200);
    const items = res.json<{ items: { action: string; username: string | null; target: string | null }[] }>().items;
    expect(items.map((i) => [i.action, i.username, i.target])).toEqual([
      ['session.signed_in', staff.admin.username, null],
      ['inspection.viewed', staff.reviewer.username, inspectionId(1)],
    ]);
    expect((await get('/v1/hq/audit?limit=0', await cookieFor('admin'))).statusCode).toBe(400);
    await expect(hq.database.db.query('UPDATE hq_audit SET target = NULL')).rejects.toThrow(/append-only/);
    await expect(hq.database.db.query('DELETE FROM hq_audit')).rejects.toThrow(/append-only/);
  });
});
