import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ROSTER } from '../../shared/roster/demo-roster';
import { createLogger } from '../log';
import { buildServer } from '../server';
import { inspectionBundle } from '../test-bundles';
import { enrolDevice, startTestHq, uploadBundle, type TestHq } from '../test-support';
import { CSV_BOM, parseCsv } from './csv';
import { createStaff, signedIn } from './test-staff';
import type { Role, StaffUser } from './users';

/**
 * Issue 8: HQ's logs carry no personal data, on the staff routes too (the device
 * routes and sign-in have their own log tests: hq/enrollment.test.ts,
 * hq/routes/hq-session.test.ts). Every staff page is used once, at trace level,
 * with records that name officials and carry narratives, and decisions with
 * reasons; the log may say who (ids), what (route, status, reason code), never
 * a name, a narrative, a reason, a roster row or a session.
 */
const NARRATIVE = 'Nội dung bí mật: yêu cầu nộp thêm tiền';
const REASONS = ['Lý do bí mật của người duyệt', 'Đủ căn cứ, lý do kỷ luật bí mật', 'Đổi sang điều chuyển vì lý do bí mật'];
const EVIDENCE = new TextEncoder().encode('%PDF-1.7\nBiên bản bí mật\n%%EOF');
/** The official the test record names (test-bundles.ts), as HQ's demo roster knows them. */
const OFFICIAL = DEMO_ROSTER.officials.find((official) => official.id === 'DEMO-HN-01-03');

let hq: TestHq;
let text = '';
let rosterNames: string[] = [];
const staff = {} as Record<Role, StaffUser>;
const sessionTokens: string[] = [];

beforeAll(async () => {
  hq = await startTestHq();
  const device = await enrolDevice(hq);
  const bundles = [
    await inspectionBundle(device, hq.keys.public, { narrative: NARRATIVE, evidence: [EVIDENCE] }),
    await inspectionBundle(device, hq.keys.public, { narrative: NARRATIVE, recommendation: 'disciplinary_review' }),
  ];
  for (const bundle of bundles) expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
  for (const role of ['reviewer', 'approver', 'admin'] as const) staff[role] = await createStaff(hq, role);
  const sample = await readFile(new URL('../samples/roster-sample.csv', import.meta.url), 'utf8');
  rosterNames = parseCsv(sample.replace(CSV_BOM, ''))
    .slice(1)
    .flatMap((record) => ('fields' in record ? [record.fields[5] ?? ''] : []))
    // A row may be an office without officials yet.
    .filter((name) => name !== '');

  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  const server = await buildServer({ db: hq.database.db, keys: hq.keys, log: createLogger('trace', sink) });
  try {
    await useEveryStaffPage(server, bundles.map((b) => b.manifest.inspectionId), sample);
  } finally {
    await server.close();
  }
}, 120_000);
afterAll(async () => {
  await hq.stop();
});

async function useEveryStaffPage(server: FastifyInstance, [first = '', second = '']: string[], rosterCsv: string): Promise<void> {
  const cookies = {} as Record<Role, string>;
  for (const role of ['reviewer', 'approver', 'admin'] as const) {
    const session = await signedIn(server, staff[role]);
    cookies[role] = session.cookie;
    sessionTokens.push(session.token);
  }
  const get = (url: string, role: Role = 'reviewer') => server.inject({ method: 'GET', url, headers: { cookie: cookies[role] } });
  const post = (url: string, role: Role, payload?: string | object, contentType = 'application/json') =>
    server.inject({ method: 'POST', url, headers: { cookie: cookies[role], 'x-ik-hq': '1', ...(payload === undefined ? {} : { 'content-type': contentType }) }, ...(payload === undefined ? {} : { payload }) });
  const findingOf = async (inspection: string, kind: 'violation' | 'commendable'): Promise<string> =>
    (await hq.database.db.query<{ id: string }>('SELECT id FROM findings WHERE inspection_id = $1 AND kind = $2', [inspection, kind])).rows[0]?.id ?? '';
  const decide = (inspection: string, finding: string, role: Role, payload: string | object) => post(`/v1/hq/inspections/${inspection}/findings/${finding}/decision`, role, payload);
  const approve = (inspection: string, finding: string, role: Role) => post(`/v1/hq/inspections/${inspection}/findings/${finding}/decision/approve`, role);
  const expectStatus = async (response: Promise<{ statusCode: number }>, status: number, what: string) => expect((await response).statusCode, what).toBe(status);

  await expectStatus(get('/v1/hq/inspections?office=DEMO-HN-01'), 200, 'inbox');
  await expectStatus(get(`/v1/hq/inspections/${first}`), 200, 'detail');
  const { rows: evidence } = await hq.database.db.query<{ id: string }>('SELECT id FROM evidence WHERE inspection_id = $1', [first]);
  await expectStatus(get(`/v1/hq/inspections/${first}/evidence/${evidence[0]?.id ?? ''}`), 200, 'evidence');

  // Decisions with reasons; one refused for its reason, one malformed with a name in the body.
  const [firstViolation, firstCommendable] = [await findingOf(first, 'violation'), await findingOf(first, 'commendable')];
  await expectStatus(post(`/v1/hq/inspections/${first}/review`, 'reviewer'), 200, 'start review');
  await expectStatus(decide(first, firstViolation, 'reviewer', { outcome: 'approve', reason: REASONS[0] ?? '' }), 201, 'decision');
  await expectStatus(decide(first, firstCommendable, 'reviewer', { outcome: 'approve', reason: 'ngắn' }), 422, 'short reason');
  await expectStatus(decide(first, firstCommendable, 'reviewer', `{"outcome":"approve","reason":"${OFFICIAL?.fullName ?? ''}`), 400, 'malformed');
  // An adverse recommendation, approved by a second person; a change to reassignment; a reopening.
  const [secondViolation, secondCommendable] = [await findingOf(second, 'violation'), await findingOf(second, 'commendable')];
  await expectStatus(post(`/v1/hq/inspections/${second}/review`, 'reviewer'), 200, 'start review 2');
  await expectStatus(decide(second, secondViolation, 'reviewer', { outcome: 'approve', reason: REASONS[1] ?? '' }), 201, 'adverse decision');
  await expectStatus(approve(second, secondViolation, 'approver'), 200, 'approval');
  await expectStatus(decide(second, secondCommendable, 'approver', { outcome: 'change', changedTo: 'reassignment', reason: REASONS[2] ?? '' }), 201, 'change');
  await expectStatus(approve(second, secondCommendable, 'admin'), 200, 'approval 2');
  await expectStatus(post(`/v1/hq/inspections/${second}/reopen`, 'approver'), 200, 'reopen');

  await expectStatus(get('/v1/hq/officials/DEMO-HN-01-03'), 200, 'official profile');
  await expectStatus(get('/v1/hq/offices/DEMO-HN-01'), 200, 'office profile');
  await expectStatus(get('/v1/hq/dashboard'), 200, 'dashboard');
  for (const name of ['inspections', 'findings', 'decisions']) await expectStatus(get(`/v1/hq/exports/${name}.csv`, 'approver'), 200, `${name}.csv`);
  await expectStatus(get('/v1/hq/audit', 'admin'), 200, 'audit');
  await expectStatus(get('/v1/hq/templates', 'admin'), 200, 'templates');
  await expectStatus(post('/v1/hq/roster/preview', 'admin', rosterCsv, 'text/csv'), 200, 'roster preview');
  await expectStatus(post('/v1/hq/roster', 'admin', rosterCsv, 'text/csv'), 201, 'roster import');
  await expectStatus(post('/v1/hq/roster', 'admin', `${rosterCsv}MAU-HN-01,,,,bad id,Nguyễn Văn Lỗi,,\r\n`, 'text/csv'), 422, 'bad roster');
}

describe('HQ staff route logs', () => {
  it('record each request: route, status and the acting user id', () => {
    for (const route of ['/v1/hq/inspections/:id', '/v1/hq/inspections/:id/findings/:findingId/decision', '/v1/hq/officials/:id', '/v1/hq/roster', '/v1/hq/exports/findings.csv']) {
      expect(text, route).toContain(`"route":"${route}"`);
    }
    for (const status of [200, 400, 422]) expect(text).toContain(`"statusCode":${String(status)}`);
    expect(text).toContain(`"userId":"${staff.reviewer.id}"`);
    expect(text).toContain('"officialId":"DEMO-HN-01-03"');
  });

  it('carry no official, inspector, staff or roster name, no narrative, no decision reason and no session', () => {
    expect(OFFICIAL?.fullName).toBe('Lê Minh Khoa');
    expect(rosterNames).toContain('Nguyễn Thị Mẫu');
    const personal = [
      OFFICIAL?.fullName ?? 'missing',
      'Nguyễn Văn A',
      NARRATIVE,
      'Biên bản bí mật',
      ...REASONS,
      ...rosterNames,
      'Nguyễn Văn Lỗi',
      ...Object.values(staff).map((user) => user.displayName),
      ...sessionTokens,
      'ik_hq_session',
    ];
    expect(sessionTokens).toHaveLength(3);
    for (const value of personal) expect(text, value).not.toContain(value);
    // Not even a piece of one: the words of the narrative and the reasons that a half-redaction would leave.
    for (const word of ['bí mật', 'kỷ luật bí mật']) expect(text).not.toContain(word);
  });
});
