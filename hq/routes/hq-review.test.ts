import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyDecision, type EncodedBundle } from '../../shared/bundle/index';
import { hqCrypto } from '../crypto';
import { cookiePair, createStaff, errorCode, signedIn, signIn } from '../staff/test-staff';
import type { Role, StaffUser } from '../staff/users';
import { ADMIN_ACCESS } from './access/admin';
import { INSIGHTS_ACCESS } from './access/insights';
import type { AccessTable } from './access/rule';
import { addendumBundle, inspectionBundle } from '../test-bundles';
import { auth, enrolDevice, serverRoutes, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from '../test-support';

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

type Caller = 'none' | 'device' | Role;
const CALLERS: readonly Caller[] = ['none', 'device', 'reviewer', 'approver', 'admin'];

/** The minimum role of every /v1/hq route (see access/rule.ts); each area keeps its rows in access/. */
const ACCESS: AccessTable = {
  ...INSIGHTS_ACCESS,
  ...ADMIN_ACCESS,
  'POST /v1/hq/session': { minimum: null, ok: 401 },
  'GET /v1/hq/session': { minimum: 'reviewer', ok: 200 },
  'DELETE /v1/hq/session': { minimum: 'reviewer', ok: 204 },
  'GET /v1/hq/inspections': { minimum: 'reviewer', ok: 200 },
  'GET /v1/hq/inspections/:id': { minimum: 'reviewer', ok: 200 },
  'GET /v1/hq/audit': { minimum: 'admin', ok: 200 },
  'POST /v1/hq/inspections/:id/review': { minimum: 'reviewer', ok: 404, unknown: true },
  'POST /v1/hq/inspections/:id/reopen': { minimum: 'approver', ok: 404, unknown: true },
  'POST /v1/hq/inspections/:id/findings/:findingId/decision': { minimum: 'reviewer', ok: 400, unknown: true },
  'POST /v1/hq/inspections/:id/findings/:findingId/decision/approve': { minimum: 'approver', ok: 404, unknown: true },
};

describe('access control', () => {
  it('lists every /v1/hq route of the server in the access table', () => {
    const staffRoutes = serverRoutes(hq.server).filter((route) => route.split(' ')[1]?.startsWith('/v1/hq') === true);
    expect(staffRoutes.sort()).toEqual(Object.keys(ACCESS).sort());
  });

  const cases = Object.entries(ACCESS).flatMap(([route, rule]) => CALLERS.map((caller) => ({ route, rule, caller })));
  it.each(cases)('$route as $caller', async ({ route, rule, caller }) => {
    const [method = '', path = ''] = route.split(' ');
    const headers: Record<string, string> = { 'x-ik-hq': '1' };
    if (caller === 'device') Object.assign(headers, auth(device));
    else if (caller !== 'none') headers.cookie = await cookieFor(caller);
    if (rule.contentType !== undefined) headers['content-type'] = rule.contentType;
    const res = await hq.server.inject({
      method: method as 'GET',
      url: rule.url ?? path.replace(':id', rule.unknown === true ? 'no-such-inspection' : inspectionId(1)).replace(':findingId', 'no-such-finding'),
      headers,
      ...(method === 'POST' || method === 'PUT' ? { payload: rule.payload ?? { username: 'nobody', password: 'not the password' } } : {}),
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
      officeName: 'BHXH cơ sở Đông Mẫu',
      province: 'Hà Nội',
      reviewStatus: 'received',
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

  it('filters by review status, finding severity and effective recommendation, page by page, and refuses unknown values', async () => {
    const cookie = await cookieFor('reviewer');
    const ids = async (query: string) => (await get(`/v1/hq/inspections?${query}`, cookie)).json<{ items: { id: string }[] }>().items.map((i) => i.id);
    const all = [inspectionId(2), inspectionId(1), inspectionId(0)];
    expect(await ids('status=received')).toEqual(all);
    expect(await ids('status=decided')).toEqual([]);
    expect(await ids('severity=medium')).toEqual(all);
    expect(await ids('severity=critical')).toEqual([]);
    // Each violation was proposed a reminder and overridden to review: the override is what counts.
    expect(await ids('recommendation=review')).toEqual(all);
    expect(await ids('recommendation=reminder')).toEqual([]);
    expect(await ids('recommendation=praise&severity=low&status=received&office=DEMO-HN-01')).toEqual(all);
    const first = (await get('/v1/hq/inspections?severity=low&recommendation=praise&limit=2', cookie)).json<{ items: { id: string }[]; nextCursor: string }>();
    expect(first.items.map((i) => i.id)).toEqual(all.slice(0, 2));
    expect(await ids(`severity=low&recommendation=praise&limit=2&cursor=${first.nextCursor}`)).toEqual(all.slice(2));
    for (const bad of ['status=open', 'severity=huge', 'recommendation=firing', 'status=']) {
      const res = await get(`/v1/hq/inspections?${bad}`, cookie);
      expect([bad, res.statusCode, errorCode(res)]).toEqual([bad, 400, 'malformed_request']);
    }
    const { rows } = await hq.database.db.query<{ detail: { filters: Record<string, string> } }>(
      `SELECT detail FROM hq_audit WHERE user_id = $1 AND action = 'inbox.listed' ORDER BY id DESC LIMIT 1`,
      [staff.reviewer.id],
    );
    expect(rows[0]?.detail.filters).toEqual({ severity: 'low', recommendation: 'praise' });
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
    // The pinned template as HQ published it, so the workspace shows the item prompts.
    expect(res.json<{ template: unknown }>().template).toMatchObject({ id: 'unannounced-district-office', version: 1 });

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

describe('review states and decisions', () => {
  const post = async (url: string, role: Role, payload?: unknown) =>
    hq.server.inject({ method: 'POST', url, headers: { cookie: await cookieFor(role), 'x-ik-hq': '1' }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const pull = (etag?: string) => hq.server.inject({ method: 'GET', url: '/v1/decisions', headers: { ...auth(device), ...(etag === undefined ? {} : { 'if-none-match': etag }) } });
  type Pulled = { id: string; inspectionId: string; decision: { id: string; findingId: string; outcome: string; changedTo?: string; approvedAt?: string }; signature: string };
  const pulledFor = async (inspection: string): Promise<Pulled[]> => (await pull()).json<{ decisions: Pulled[] }>().decisions.filter((d) => d.inspectionId === inspection);
  const count = async (sql: string, params: unknown[]): Promise<number> => (await hq.database.db.query<{ n: number }>(sql, params)).rows[0]?.n ?? -1;
  const auditActions = async (target: string): Promise<string[]> =>
    (await hq.database.db.query<{ action: string }>('SELECT action FROM hq_audit WHERE target = $1 AND action NOT IN ($2, $3) ORDER BY id', [target, 'inspection.viewed', 'inbox.listed'])).rows.map(
      (r) => r.action,
    );

  /** A fresh inspection (violation proposed `recommendation`, commendable proposed praise), with its two finding ids. */
  async function received(recommendation: string): Promise<{ id: string; base: string; violation: string; commendable: string }> {
    const bundle = await inspectionBundle(device, hq.keys.public, { recommendation });
    expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
    const id = bundle.manifest.inspectionId;
    const { rows } = await hq.database.db.query<{ id: string; kind: string }>('SELECT id, kind FROM findings WHERE inspection_id = $1', [id]);
    const of = (kind: string): string => rows.find((r) => r.kind === kind)?.id ?? '';
    return { id, base: `/v1/hq/inspections/${id}`, violation: of('violation'), commendable: of('commendable') };
  }

  it('refuses bad decisions (no reason, bad change, wrong state) with clear codes and changes nothing', async () => {
    const insp = await received('reminder');
    const decide = (payload: unknown, finding = insp.violation) => post(`${insp.base}/findings/${finding}/decision`, 'reviewer', payload);
    const before = await decide({ outcome: 'approve', reason: 'Đồng ý với đề xuất' });
    expect([before.statusCode, errorCode(before)]).toEqual([409, 'wrong_review_state']);

    const started = await post(`${insp.base}/review`, 'reviewer');
    expect([started.statusCode, started.json()]).toEqual([200, { id: insp.id, reviewStatus: 'under_review' }]);
    const again = await post(`${insp.base}/review`, 'admin');
    expect([again.statusCode, errorCode(again)]).toEqual([409, 'wrong_review_state']);

    const refusals: [unknown, number, string][] = [
      [{ outcome: 'approve' }, 422, 'reason_required'],
      [{ outcome: 'approve', reason: '   ok   ' }, 422, 'reason_required'],
      [{ outcome: 'approve', reason: 'x'.repeat(2001) }, 422, 'reason_required'],
      [{ outcome: 'modify', reason: 'Đồng ý với đề xuất' }, 400, 'malformed_request'],
      [{ outcome: 'change', changedTo: 'firing', reason: 'Đồng ý với đề xuất' }, 400, 'malformed_request'],
      [{ outcome: 'approve', reason: 'Đồng ý với đề xuất', extra: true }, 400, 'malformed_request'],
      [{ outcome: 'approve', reason: 12345 }, 400, 'malformed_request'],
      [{ outcome: 'change', reason: 'Đồng ý với đề xuất' }, 422, 'invalid_change'],
      [{ outcome: 'approve', changedTo: 'review', reason: 'Đồng ý với đề xuất' }, 422, 'invalid_change'],
      [{ outcome: 'change', changedTo: 'reminder', reason: 'Đồng ý với đề xuất' }, 422, 'invalid_change'],
    ];
    for (const [payload, status, code] of refusals) {
      const res = await decide(payload);
      expect([payload, res.statusCode, errorCode(res)]).toEqual([payload, status, code]);
    }
    const unknown = await decide({ outcome: 'approve', reason: 'Đồng ý với đề xuất' }, 'no-such-finding');
    expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not_found']);
    const noPending = await post(`${insp.base}/findings/${insp.violation}/decision/approve`, 'approver');
    expect([noPending.statusCode, errorCode(noPending)]).toEqual([409, 'nothing_to_approve']);

    expect(await count('SELECT count(*)::int AS n FROM decisions WHERE inspection_id = $1', [insp.id])).toBe(0);
    expect(await auditActions(insp.id)).toEqual(['inspection.review_started']);
  });

  it('releases a decision on a reminder at once, signed for the device; the inspection is decided when every recommendation is', async () => {
    const insp = await received('reminder');
    expect((await post(`${insp.base}/review`, 'reviewer')).statusCode).toBe(200);
    const empty = await pull();
    const res = await post(`${insp.base}/findings/${insp.violation}/decision`, 'reviewer', { outcome: 'approve', reason: '  Đồng ý nhắc nhở  ' });
    expect(res.statusCode).toBe(201);
    const body = res.json<{ decision: { id: string; state: string; needsApproval: boolean; reason: string; decidedBy: { id: string } }; reviewStatus: string }>();
    expect(body).toMatchObject({ decision: { state: 'released', needsApproval: false, reason: 'Đồng ý nhắc nhở', decidedBy: { id: staff.reviewer.id } }, reviewStatus: 'under_review' });

    const changed = await pull(empty.headers.etag);
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(empty.headers.etag);
    const [pulled, ...rest] = await pulledFor(insp.id);
    expect(rest).toEqual([]);
    expect(pulled).toMatchObject({ id: body.decision.id, decision: { format: 'inspection-kit/decision/v1', id: body.decision.id, inspectionId: insp.id, findingId: insp.violation, outcome: 'approve', reason: 'Đồng ý nhắc nhở' } });
    if (pulled === undefined) throw new Error('not pulled');
    const signed = { decision: pulled.decision, signature: pulled.signature };
    expect(await verifyDecision(hqCrypto, hq.keys.public.signingPublicKey, signed)).toMatchObject({ ok: true, value: { id: body.decision.id } });
    const tampered = { ...signed, decision: { ...signed.decision, outcome: 'reject' } };
    expect(await verifyDecision(hqCrypto, hq.keys.public.signingPublicKey, tampered)).toMatchObject({ ok: false, error: { code: 'bad_decision' } });

    // A released decision stands until an approver reopens the inspection.
    const twice = await post(`${insp.base}/findings/${insp.violation}/decision`, 'reviewer', { outcome: 'reject', reason: 'Đổi ý, không cần' });
    expect([twice.statusCode, errorCode(twice)]).toEqual([409, 'already_decided']);

    const last = await post(`${insp.base}/findings/${insp.commendable}/decision`, 'approver', { outcome: 'change', changedTo: 'commendation', reason: 'Xứng đáng khen thưởng' });
    expect(last.json()).toMatchObject({ decision: { state: 'released', changedTo: 'commendation' }, reviewStatus: 'decided' });
    const latest = await pull(changed.headers.etag);
    expect(latest.statusCode).toBe(200);
    expect((await pull(latest.headers.etag as string)).statusCode).toBe(304);
    expect((await pulledFor(insp.id)).map((d) => [d.decision.findingId, d.decision.outcome, d.decision.changedTo])).toEqual([
      [insp.violation, 'approve', undefined],
      [insp.commendable, 'change', 'commendation'],
    ]);

    const detail = (await get(insp.base, await cookieFor('reviewer'))).json<{ reviewStatus: string; findings: { id: string; decisions: { state: string }[] }[] }>();
    expect(detail.reviewStatus).toBe('decided');
    expect(detail.findings.map((f) => f.decisions.map((d) => d.state))).toEqual([['released'], ['released']]);
    expect(await auditActions(insp.id)).toEqual(['inspection.review_started', 'decision.recorded', 'decision.recorded']);
  });

  it('holds reassignment, replacement and disciplinary decisions for an approver other than the decider', async () => {
    const insp = await received('disciplinary_review');
    expect((await post(`${insp.base}/review`, 'reviewer')).statusCode).toBe(200);
    const decision = `${insp.base}/findings/${insp.violation}/decision`;
    const first = await post(decision, 'reviewer', { outcome: 'change', changedTo: 'reminder', reason: 'Chưa đủ căn cứ kỷ luật' });
    expect(first.json()).toMatchObject({ decision: { state: 'pending_approval', needsApproval: true, approvedBy: null }, reviewStatus: 'under_review' });
    expect(await pulledFor(insp.id)).toEqual([]);
    const weak = await post(`${decision}/approve`, 'reviewer');
    expect([weak.statusCode, errorCode(weak)]).toEqual([403, 'forbidden']);

    // A pending decision may be replaced before approval (the first is kept, superseded); its author cannot approve it.
    const second = await post(decision, 'approver', { outcome: 'approve', reason: 'Đủ căn cứ, đề nghị xem xét kỷ luật' });
    expect(second.json()).toMatchObject({ decision: { state: 'pending_approval', decidedBy: { id: staff.approver.id } } });
    const own = await post(`${decision}/approve`, 'approver');
    expect([own.statusCode, errorCode(own)]).toEqual([409, 'same_person']);
    expect(await pulledFor(insp.id)).toEqual([]);

    const approved = await post(`${decision}/approve`, 'admin');
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({ decision: { state: 'released', approvedBy: { id: staff.admin.id } }, reviewStatus: 'under_review' });
    const [pulled] = await pulledFor(insp.id);
    expect(pulled?.decision).toMatchObject({ outcome: 'approve', approvedAt: expect.stringMatching(/Z$/) as unknown });
    expect(await verifyDecision(hqCrypto, hq.keys.public.signingPublicKey, { decision: pulled?.decision, signature: pulled?.signature })).toMatchObject({ ok: true });
    const again = await post(`${decision}/approve`, 'admin');
    expect([again.statusCode, errorCode(again)]).toEqual([409, 'nothing_to_approve']);

    // Changing any recommendation to an adverse kind needs an approver too.
    const toReassignment = await post(`${insp.base}/findings/${insp.commendable}/decision`, 'reviewer', { outcome: 'change', changedTo: 'reassignment', reason: 'Thử điều chuyển' });
    expect(toReassignment.json()).toMatchObject({ decision: { needsApproval: true, state: 'pending_approval' }, reviewStatus: 'under_review' });
    const done = await post(`${insp.base}/findings/${insp.commendable}/decision/approve`, 'approver');
    expect(done.json()).toMatchObject({ decision: { state: 'released' }, reviewStatus: 'decided' });

    const detail = (await get(insp.base, await cookieFor('reviewer'))).json<{ findings: { id: string; decisions: { state: string; supersededBy: string | null }[] }[] }>();
    const violation = detail.findings.find((f) => f.id === insp.violation);
    expect(violation?.decisions.map((d) => d.state)).toEqual(['released', 'superseded']);
    expect(await auditActions(insp.id)).toEqual([
      'inspection.review_started',
      'decision.recorded',
      'decision.recorded',
      'decision.approved',
      'decision.recorded',
      'decision.approved',
    ]);
  });

  it('lets an approver reopen a decided inspection; a new decision supersedes the old one, which devices then stop getting', async () => {
    const insp = await received('reminder');
    expect((await post(`${insp.base}/review`, 'reviewer')).statusCode).toBe(200);
    const early = await post(`${insp.base}/reopen`, 'approver');
    expect([early.statusCode, errorCode(early)]).toEqual([409, 'wrong_review_state']);
    const first = (await post(`${insp.base}/findings/${insp.violation}/decision`, 'reviewer', { outcome: 'approve', reason: 'Đồng ý nhắc nhở' })).json<{ decision: { id: string } }>();
    expect((await post(`${insp.base}/findings/${insp.commendable}/decision`, 'reviewer', { outcome: 'approve', reason: 'Đồng ý biểu dương' })).json()).toMatchObject({
      reviewStatus: 'decided',
    });

    const weak = await post(`${insp.base}/reopen`, 'reviewer');
    expect([weak.statusCode, errorCode(weak)]).toEqual([403, 'forbidden']);
    const reopened = await post(`${insp.base}/reopen`, 'approver');
    expect([reopened.statusCode, reopened.json()]).toEqual([200, { id: insp.id, reviewStatus: 'reopened' }]);
    // Until replaced, the decisions stand, and the device keeps them.
    expect((await pulledFor(insp.id)).map((d) => d.id)).toContain(first.decision.id);

    const replaced = await post(`${insp.base}/findings/${insp.violation}/decision`, 'reviewer', { outcome: 'reject', reason: 'Đã khắc phục ngay tại chỗ' });
    expect(replaced.statusCode).toBe(201);
    const second = replaced.json<{ decision: { id: string }; reviewStatus: string }>();
    expect(second.reviewStatus).toBe('decided');
    const pulled = await pulledFor(insp.id);
    expect(pulled.map((d) => [d.decision.findingId, d.decision.outcome]).sort()).toEqual(
      [
        [insp.violation, 'reject'],
        [insp.commendable, 'approve'],
      ].sort(),
    );
    expect(pulled.map((d) => d.id)).not.toContain(first.decision.id);
    const { rows } = await hq.database.db.query('SELECT superseded_by FROM decisions WHERE id = $1', [first.decision.id]);
    expect(rows).toEqual([{ superseded_by: second.decision.id }]);
    expect(await auditActions(insp.id)).toEqual(['inspection.review_started', 'decision.recorded', 'decision.recorded', 'inspection.reopened', 'decision.recorded']);
  });
});
