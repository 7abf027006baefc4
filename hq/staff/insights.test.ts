import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeBundle, uuidv7, type EncodedBundle, type HqPublicKeys } from '../../shared/bundle/index';
import { testCrypto, testRandomBytes, type TestDevice } from '../../shared/bundle/test-support';
import type { Dashboard, OfficeProfile, OfficialProfile } from '../../shared/hq/insights';
import { sealRecord } from '../../shared/seal/seal';
import { nodeSubtle } from '../../shared/seal/test-support';
import { enrolDevice, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from '../test-support';
import { planDashboard } from './dashboard';
import { createStaff, errorCode, signedIn } from './test-staff';
import type { Role, StaffUser } from './users';

/**
 * Profiles and dashboard on real PostgreSQL, over three inspections with known
 * findings (two offices, two provinces, three months in Vietnam time — one
 * sealed at 18:00 UTC on 28 February, which is already March in Vietnam).
 */
interface FindingSpec {
  readonly kind: 'commendable' | 'violation';
  readonly severity: string;
  readonly official?: string;
  readonly citations: readonly string[];
  readonly proposal: string | null;
  readonly override?: string;
  readonly narrative: string;
}
interface InspectionSpec {
  readonly office: { code: string; name: string; province: string; address: string };
  readonly sealedAt: string;
  readonly findings: readonly FindingSpec[];
}

const HN_BD = { code: 'HN-BD', name: 'BHXH Ba Đình', province: 'Hà Nội', address: 'Số 1 Ngọc Hà' };
const HUE = { code: 'HUE-01', name: 'BHXH Thuận Hóa', province: 'Huế', address: 'Số 9 Lê Lợi' };
const OFFICIALS: Record<string, { fullName: string; position: string; unit: string; officeCode: string }> = {
  'HN-BD-01': { fullName: 'Trần Thị Bình', position: 'Chuyên viên', unit: 'Một cửa', officeCode: 'HN-BD' },
  'HN-BD-02': { fullName: 'Lê Văn Cường', position: 'Tổ trưởng', unit: 'Một cửa', officeCode: 'HN-BD' },
  'HUE-01-01': { fullName: 'Phan Thị Dung', position: 'Kế toán', unit: 'Tổ Kế toán', officeCode: 'HUE-01' },
};
const SECRET_NARRATIVE = 'Yêu cầu người dân nộp thêm tiền';

const SPECS: readonly InspectionSpec[] = [
  {
    office: HN_BD,
    sealedAt: '2026-01-10T03:00:00.000Z',
    findings: [
      { kind: 'violation', severity: 'high', official: 'HN-BD-01', citations: ['3476/BHXH-TCCB#2.1', '1251/BHXH-TCCB#3'], proposal: 'reminder', override: 'review', narrative: SECRET_NARRATIVE },
      { kind: 'commendable', severity: 'low', official: 'HN-BD-02', citations: ['3476/BHXH-TCCB#1'], proposal: 'praise', narrative: 'Tận tình hướng dẫn' },
    ],
  },
  {
    office: HN_BD,
    sealedAt: '2026-02-28T18:00:00.000Z',
    findings: [{ kind: 'violation', severity: 'critical', official: 'HN-BD-01', citations: ['3476/BHXH-TCCB#2.1'], proposal: 'disciplinary_review', narrative: 'Tái phạm' }],
  },
  {
    office: HUE,
    sealedAt: '2026-03-15T03:00:00.000Z',
    findings: [
      { kind: 'commendable', severity: 'medium', citations: [], proposal: 'commendation', narrative: 'Phòng chờ sạch' },
      { kind: 'violation', severity: 'medium', official: 'HUE-01-01', citations: ['1251/BHXH-TCCB#3'], proposal: null, narrative: 'Trễ hẹn' },
    ],
  },
];

async function sealedInspection(device: TestDevice, hq: HqPublicKeys, spec: InspectionSpec): Promise<EncodedBundle> {
  const inspectionId = randomUUID();
  const template = { id: 'unannounced-district-office', version: 1 };
  const at = spec.sealedAt;
  const findings = spec.findings.map((f) => ({
    id: randomUUID(),
    inspectionId,
    kind: f.kind,
    ...(f.kind === 'violation' ? { category: 'conduct' } : {}),
    subject: f.official === undefined ? { type: 'office' } : { type: 'official', officialId: f.official },
    severity: f.severity,
    itemIds: [],
    citations: f.citations,
    narrative: f.narrative,
    observedAt: at,
    status: 'open',
    explanation: null,
    protectionClaim: null,
    proposal: { kind: f.proposal, ruleId: 'r', citations: [], reason: { vi: 'Đề xuất', en: 'Proposal' }, rulesetVersion: '1' },
    override: f.override === undefined ? null : { kind: f.override, reason: 'Lặp lại', at, by: 'Nguyễn Văn A' },
    createdAt: at,
    updatedAt: at,
    createdBy: 'Nguyễn Văn A',
  }));
  const named = [...new Set(spec.findings.flatMap((f) => (f.official === undefined ? [] : [f.official])))].sort();
  const record = {
    format: 'inspection-kit/inspection-record/v1',
    inspection: { id: inspectionId, officeCode: spec.office.code, template, team: ['Nguyễn Văn A'], unannounced: true, arrivalAt: at, createdAt: at, itemCount: 3 },
    office: { ...spec.office, demo: false },
    officials: named.map((id) => ({ id, ...OFFICIALS[id], demo: false })),
    answers: [],
    findings,
    evidence: [],
    signOff: {},
    auditHead: { seq: 1, hash: '0'.repeat(64) },
  };
  const seal = await sealRecord(nodeSubtle, device.key, record, at);
  if (!seal.ok) throw new Error(seal.error.code);
  const encoded = await encodeBundle(testCrypto, testRandomBytes, device, hq, {
    bundleId: uuidv7(Date.now(), testRandomBytes),
    kind: 'inspection',
    inspectionId,
    officeCode: spec.office.code,
    template,
    createdAt: at,
    record,
    seal: seal.value,
    evidence: [],
  });
  if (!encoded.ok) throw new Error(encoded.error.code);
  return encoded.value;
}

let hq: TestHq;
let device: EnrolledDevice;
const staff = {} as Record<Role, StaffUser>;
const cookies = {} as Record<Role, string>;
/** Inspection ids in SPECS order, and finding ids per inspection in spec order. */
const ids: { inspection: string; findings: string[] }[] = [];

const get = (url: string, role: Role = 'reviewer') => hq.server.inject({ method: 'GET', url, headers: { cookie: cookies[role] } });
const post = (url: string, role: Role, payload?: object) =>
  hq.server.inject({ method: 'POST', url, headers: { cookie: cookies[role], 'x-ik-hq': '1' }, ...(payload === undefined ? {} : { payload }) });
const decide = (n: number, f: number, role: Role, payload: object) => post(`/v1/hq/inspections/${ids[n]?.inspection ?? ''}/findings/${ids[n]?.findings[f] ?? ''}/decision`, role, payload);

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  for (const role of ['reviewer', 'approver', 'admin'] as const) {
    staff[role] = await createStaff(hq, role);
    cookies[role] = (await signedIn(hq.server, staff[role])).cookie;
  }
  for (const spec of SPECS) {
    const bundle = await sealedInspection(device, hq.keys.public, spec);
    expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
    const record = bundle.manifest.inspectionId;
    const { rows } = await hq.database.db.query<{ id: string; narrative: string }>("SELECT id, record->>'narrative' AS narrative FROM findings WHERE inspection_id = $1", [record]);
    ids.push({ inspection: record, findings: spec.findings.map((f) => rows.find((r) => r.narrative === f.narrative)?.id ?? '') });
  }
  // Inspection 0: both decisions released (a review approved, praise raised to commendation). Inspection 1: a pending one.
  for (const n of [0, 1]) expect((await post(`/v1/hq/inspections/${ids[n]?.inspection ?? ''}/review`, 'reviewer')).statusCode).toBe(200);
  expect((await decide(0, 0, 'reviewer', { outcome: 'approve', reason: 'Đồng ý kiểm điểm' })).statusCode).toBe(201);
  expect((await decide(0, 1, 'reviewer', { outcome: 'change', changedTo: 'commendation', reason: 'Xứng đáng khen thưởng' })).statusCode).toBe(201);
  expect((await decide(1, 0, 'reviewer', { outcome: 'change', changedTo: 'reminder', reason: 'Chưa đủ căn cứ' })).statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const daysToFirstRelease = async (inspectionId: string): Promise<number> =>
  (await hq.database.db.query<{ days: number }>('SELECT hq_whole_days(sealed_at, first_released_at) AS days FROM inspections WHERE id = $1', [inspectionId])).rows[0]?.days ?? -1;

describe('GET /v1/hq/offices/:code', () => {
  it('answers the office as its records name it, a summary, its inspections and the timeline with current decisions', async () => {
    const res = await get('/v1/hq/offices/HN-BD');
    expect(res.statusCode).toBe(200);
    const profile = res.json<OfficeProfile>();
    expect(profile.office).toEqual({ code: 'HN-BD', name: 'BHXH Ba Đình', province: 'Hà Nội', address: 'Số 1 Ngọc Hà' });
    expect(profile.summary).toEqual({ inspections: 2, commendable: 1, adverse: 2, decided: 2 });
    expect(profile.inspections).toEqual([
      { id: ids[1]?.inspection, sealedAt: '2026-02-28T18:00:00.000Z', reviewStatus: 'under_review', findings: 1, adverse: 1 },
      { id: ids[0]?.inspection, sealedAt: '2026-01-10T03:00:00.000Z', reviewStatus: 'decided', findings: 2, adverse: 1 },
    ]);
    expect(profile.timeline.map((e) => e.findingId)).toEqual([ids[1]?.findings[0], ...[...(ids[0]?.findings ?? [])].sort()]);
    const first = profile.timeline.find((e) => e.findingId === ids[0]?.findings[0]);
    expect(first).toEqual({
      inspectionId: ids[0]?.inspection,
      officeCode: 'HN-BD',
      sealedAt: '2026-01-10T03:00:00.000Z',
      findingId: ids[0]?.findings[0],
      kind: 'violation',
      severity: 'high',
      recommendation: 'review',
      citations: ['1251/BHXH-TCCB#3', '3476/BHXH-TCCB#2.1'],
      narrative: SECRET_NARRATIVE,
      officialId: 'HN-BD-01',
      officialName: 'Trần Thị Bình',
      decision: { outcome: 'approve', changedTo: null, reason: 'Đồng ý kiểm điểm', decidedAt: expect.stringMatching(/Z$/) as unknown, needsApproval: false, approvedAt: null, released: true },
    });
    expect(profile.timeline[0]?.decision).toMatchObject({ outcome: 'change', changedTo: 'reminder', needsApproval: true, released: false });
  });

  it('answers an office only the published roster knows, with an empty summary; 404 for one HQ never heard of', async () => {
    const roster = (await get('/v1/hq/offices/DEMO-DN-01')).json<OfficeProfile>();
    expect(roster).toEqual({
      office: { code: 'DEMO-DN-01', name: 'BHXH cơ sở Hòa Mẫu', province: 'Thành phố Đà Nẵng', address: expect.stringContaining('Đà Nẵng') as unknown },
      summary: { inspections: 0, commendable: 0, adverse: 0, decided: 0 },
      inspections: [],
      timeline: [],
    });
    const unknown = await get('/v1/hq/offices/NO-SUCH');
    expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not_found']);
  });
});

describe('GET /v1/hq/officials/:id', () => {
  it('answers the official from the record snapshot and their findings across inspections, newest first, with each decision', async () => {
    const profile = (await get('/v1/hq/officials/HN-BD-01')).json<OfficialProfile>();
    expect(profile.official).toEqual({ id: 'HN-BD-01', name: 'Trần Thị Bình', position: 'Chuyên viên', unit: 'Một cửa', officeCode: 'HN-BD' });
    expect(profile.summary).toEqual({ inspections: 2, commendable: 0, adverse: 2, decided: 1 });
    expect(profile.timeline.map((e) => [e.findingId, e.severity, e.recommendation, e.decision?.released])).toEqual([
      [ids[1]?.findings[0], 'critical', 'disciplinary_review', false],
      [ids[0]?.findings[0], 'high', 'review', true],
    ]);
    const commended = (await get('/v1/hq/officials/HN-BD-02')).json<OfficialProfile>();
    expect(commended.summary).toEqual({ inspections: 1, commendable: 1, adverse: 0, decided: 1 });
    expect(commended.timeline[0]).toMatchObject({ kind: 'commendable', recommendation: 'praise', decision: { outcome: 'change', changedTo: 'commendation' } });
  });

  it('prefers the published roster; 404 for an official HQ never heard of', async () => {
    const roster = (await get('/v1/hq/officials/DEMO-HN-01-03')).json<OfficialProfile>();
    expect(roster.official).toEqual({ id: 'DEMO-HN-01-03', name: 'Lê Minh Khoa', position: 'Tổ trưởng Một cửa', unit: 'Bộ phận Một cửa', officeCode: 'DEMO-HN-01' });
    expect(roster.timeline).toEqual([]);
    const unknown = await get('/v1/hq/officials/nobody-at-all');
    expect([unknown.statusCode, errorCode(unknown)]).toEqual([404, 'not_found']);
  });
});

describe('GET /v1/hq/dashboard', () => {
  it('counts everything by Vietnam month, rule, office, province, recommendation, outcome and days to decision', async () => {
    const res = await get('/v1/hq/dashboard');
    expect(res.statusCode).toBe(200);
    const days = await daysToFirstRelease(ids[0]?.inspection ?? '');
    expect(res.json<Dashboard>()).toEqual({
      period: { from: null, to: null, province: null },
      perMonth: [
        { month: '2026-01', inspections: 1, findings: 2 },
        { month: '2026-03', inspections: 2, findings: 3 },
      ],
      topRules: [
        { citation: '1251/BHXH-TCCB#3', count: 2 },
        { citation: '3476/BHXH-TCCB#2.1', count: 2 },
        { citation: '3476/BHXH-TCCB#1', count: 1 },
      ],
      byOffice: [
        { officeCode: 'HN-BD', province: 'Hà Nội', commendable: 1, adverse: 2 },
        { officeCode: 'HUE-01', province: 'Huế', commendable: 1, adverse: 1 },
      ],
      byProvince: [
        { province: 'Hà Nội', commendable: 1, adverse: 2 },
        { province: 'Huế', commendable: 1, adverse: 1 },
      ],
      recommendations: [
        { kind: 'commendation', count: 1 },
        { kind: 'disciplinary_review', count: 1 },
        { kind: 'praise', count: 1 },
        { kind: 'review', count: 1 },
      ],
      outcomes: [
        { outcome: 'approve', count: 1 },
        { outcome: 'change', count: 1 },
      ],
      daysToDecision: {
        count: 1,
        median: days,
        p90: days,
        buckets: [1, 7, 30, 90, null].map((upTo, i) => ({ upTo, count: days > ([-1, 1, 7, 30, 90][i] ?? 0) && (upTo === null || days <= upTo) ? 1 : 0 })),
      },
    });
  });

  it('filters by sealing period (Vietnam dates, `to` exclusive) and province, whole months or not', async () => {
    const months = async (query: string) => (await get(`/v1/hq/dashboard?${query}`)).json<Dashboard>().perMonth;
    expect(await months('from=2026-03-01')).toEqual([{ month: '2026-03', inspections: 2, findings: 3 }]);
    expect(await months('to=2026-03-01')).toEqual([{ month: '2026-01', inspections: 1, findings: 2 }]);
    expect(await months(`province=${encodeURIComponent('Huế')}`)).toEqual([{ month: '2026-03', inspections: 1, findings: 2 }]);
    // Ragged ends (whole days): 5 January to 10 March keeps the first two, not the one of 15 March.
    const ragged = (await get('/v1/hq/dashboard?from=2026-01-05&to=2026-03-10')).json<Dashboard>();
    expect(ragged.perMonth).toEqual([
      { month: '2026-01', inspections: 1, findings: 2 },
      { month: '2026-03', inspections: 1, findings: 1 },
    ]);
    expect(ragged.topRules).toEqual([
      { citation: '3476/BHXH-TCCB#2.1', count: 2 },
      { citation: '1251/BHXH-TCCB#3', count: 1 },
      { citation: '3476/BHXH-TCCB#1', count: 1 },
    ]);
    expect(ragged.byOffice).toEqual([{ officeCode: 'HN-BD', province: 'Hà Nội', commendable: 1, adverse: 2 }]);
    expect(ragged.outcomes).toEqual([
      { outcome: 'approve', count: 1 },
      { outcome: 'change', count: 1 },
    ]);
    expect(ragged.daysToDecision.count).toBe(1);
    expect(ragged.period).toEqual({ from: '2026-01-05', to: '2026-03-10', province: null });
    // Within one month, and a date-time with its own offset: 18:00 UTC on 28 February is 1 March in Vietnam.
    expect(await months('from=2026-02-28T17:59:00Z&to=2026-03-02')).toEqual([{ month: '2026-03', inspections: 1, findings: 1 }]);
    expect(await months('from=2026-02-01&to=2026-03-01')).toEqual([]);
    // Rows, whole days and a whole month together: the inspection sealed at 10:00 on 10 January (Vietnam) is in from 10:00 on.
    expect(await months('from=2026-01-10T10:00:00%2B07:00&to=2026-03-10')).toEqual([
      { month: '2026-01', inspections: 1, findings: 2 },
      { month: '2026-03', inspections: 1, findings: 1 },
    ]);
    expect(await months('from=2026-01-10T10:00:00.001%2B07:00&to=2026-03-10')).toEqual([{ month: '2026-03', inspections: 1, findings: 1 }]);
    for (const bad of ['from=yesterday', 'from=2026-03-01&to=2026-03-01', `province=${'x'.repeat(101)}`]) {
      const res = await get(`/v1/hq/dashboard?${bad}`);
      expect([bad, res.statusCode, errorCode(res)]).toEqual([bad, 400, 'malformed_request']);
    }
  });

  it('plans whole Vietnam months, then whole days from the aggregates, and only parts of a day from rows', () => {
    expect(planDashboard({ from: '2026-01-01', to: '2026-04-01' })).toEqual({ months: ['2026-01-01', '2026-04-01'], days: [], rows: [], province: null });
    expect(planDashboard({})).toEqual({ months: [null, null], days: [], rows: [], province: null });
    expect(planDashboard({ to: '2026-04-10', province: 'Huế' })).toEqual({ months: [null, '2026-04-01'], days: [['2026-04-01', '2026-04-10']], rows: [], province: 'Huế' });
    expect(planDashboard({ from: '2026-01-05T12:00:00+07:00', to: '2026-04-10' })).toEqual({
      months: ['2026-02-01', '2026-04-01'],
      days: [
        ['2026-01-06', '2026-02-01'],
        ['2026-04-01', '2026-04-10'],
      ],
      rows: [['2026-01-05T05:00:00.000Z', '2026-01-05T17:00:00.000Z']],
      province: null,
    });
    expect(planDashboard({ from: '2026-01-05', to: '2026-01-20' })).toEqual({ months: null, days: [['2026-01-05', '2026-01-20']], rows: [], province: null });
    expect(planDashboard({ from: '2026-01-05T08:00:00Z', to: '2026-01-05T09:00:00Z' })).toEqual({
      months: null,
      days: [],
      rows: [['2026-01-05T08:00:00.000Z', '2026-01-05T09:00:00.000Z']],
      province: null,
    });
  });
});

describe('audit and consistency', () => {
  it('audits every view with ids and codes only: no names, no narratives', async () => {
    const { rows } = await hq.database.db.query<{ action: string; target: string | null; detail: unknown }>(
      "SELECT action, target, detail FROM hq_audit WHERE user_id = $1 AND action IN ('office.viewed', 'official.viewed', 'dashboard.viewed') ORDER BY id",
      [staff.reviewer.id],
    );
    expect(rows.filter((r) => r.action === 'office.viewed').map((r) => r.target)).toEqual(['HN-BD', 'DEMO-DN-01']);
    expect(rows.filter((r) => r.action === 'official.viewed').map((r) => r.target)).toEqual(['HN-BD-01', 'HN-BD-02', 'DEMO-HN-01-03']);
    expect(rows.find((r) => r.action === 'dashboard.viewed' && r.detail !== null && JSON.stringify(r.detail).includes('Huế'))?.detail).toEqual({ province: 'Huế' });
    const all = JSON.stringify((await hq.database.db.query('SELECT * FROM hq_audit')).rows);
    for (const personal of [SECRET_NARRATIVE, 'Trần Thị Bình', 'Lê Văn Cường', 'Lê Minh Khoa', 'Đồng ý kiểm điểm']) expect(all).not.toContain(personal);
    // Refused views (404, 400) are not audited.
    expect(rows.some((r) => r.target === 'NO-SUCH' || r.target === 'nobody-at-all')).toBe(false);
  });

  it('keeps the aggregates equal to a rebuild from the rows through ingest, release, approval, reopen and replacement', async () => {
    // Each aggregate table and its count column; a row a decrement brought to 0 is as good as none.
    const tables = { stats_office: 'inspections', stats_citation: 'findings', stats_recommendation: 'findings', stats_outcome: 'decisions', stats_decision_days: 'inspections' };
    const snapshot = async () => {
      const out: Record<string, unknown[]> = {};
      for (const [table, count] of Object.entries(tables)) out[table] = (await hq.database.db.query(`SELECT * FROM ${table} WHERE ${count} <> 0 ORDER BY 1, 2, 3, 4`)).rows;
      return out;
    };
    // Approve the pending decision (another approver), reopen inspection 0 and replace a released decision.
    expect((await post(`/v1/hq/inspections/${ids[1]?.inspection ?? ''}/findings/${ids[1]?.findings[0] ?? ''}/decision/approve`, 'approver')).statusCode).toBe(200);
    expect((await post(`/v1/hq/inspections/${ids[0]?.inspection ?? ''}/reopen`, 'approver')).statusCode).toBe(200);
    expect((await decide(0, 0, 'reviewer', { outcome: 'reject', reason: 'Đã khắc phục ngay' })).statusCode).toBe(201);
    const outcomes = (await get('/v1/hq/dashboard')).json<Dashboard>().outcomes;
    expect(outcomes).toEqual([
      { outcome: 'change', count: 2 },
      { outcome: 'reject', count: 1 },
    ]);
    expect((await get('/v1/hq/dashboard')).json<Dashboard>().daysToDecision.count).toBe(2);
    const incremental = await snapshot();
    await hq.database.db.query('SELECT hq_stats_rebuild()');
    expect(await snapshot()).toEqual(incremental);
    // Three (office, month) and three (office, day) rows.
    expect(incremental.stats_office).toHaveLength(6);
  });
});
