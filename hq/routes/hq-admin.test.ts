import { readFile } from 'node:fs/promises';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTemplate } from '../../shared/catalogue/index';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { EncodedBundle } from '../../shared/bundle/index';
import { parseCsv } from '../staff/csv';
import { EXPORT_COLUMNS, exportCsv, exportScope } from '../staff/exports';
import { createStaff, errorCode, signedIn } from '../staff/test-staff';
import type { Role, StaffUser } from '../staff/users';
import { inspectionBundle } from '../test-bundles';
import { auth, enrolDevice, rowCounts, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from '../test-support';

let hq: TestHq;
let device: EnrolledDevice;
const staff = {} as Record<Role, StaffUser>;
const cookies = {} as Record<Role, string>;
const PHOTO = Uint8Array.from({ length: 3000 }, (_, k) => (k * 37) % 256);
const PDF = new TextEncoder().encode('%PDF-1.7\nBiên bản kiểm tra\n%%EOF');
/** A narrative that needs quoting and would run as a formula in Excel. */
const NARRATIVE = '=HYPERLINK("http://x","Bấm"), dòng 1\r\ndòng 2 — "trích dẫn"';
let withEvidence: EncodedBundle;
let plain: EncodedBundle;

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  for (const role of ['reviewer', 'approver', 'admin'] as const) {
    staff[role] = await createStaff(hq, role);
    cookies[role] = (await signedIn(hq.server, staff[role])).cookie;
  }
  withEvidence = await inspectionBundle(device, hq.keys.public, { evidence: [PHOTO, PDF] });
  plain = await inspectionBundle(device, hq.keys.public, { narrative: NARRATIVE });
  for (const bundle of [withEvidence, plain]) expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const get = (url: string, role: Role) => hq.server.inject({ method: 'GET', url, headers: { cookie: cookies[role] } });
const post = (url: string, role: Role, payload: string | object, contentType = 'application/json') =>
  hq.server.inject({ method: 'POST', url, headers: { cookie: cookies[role], 'x-ik-hq': '1', 'content-type': contentType }, payload });
const pull = (resource: 'templates' | 'roster', etag?: string) =>
  hq.server.inject({ method: 'GET', url: `/v1/${resource}`, headers: { ...auth(device), ...(etag === undefined ? {} : { 'if-none-match': etag }) } });
const lastAudit = async (action: string) =>
  (await hq.database.db.query<{ user_id: string; target: string | null; detail: Record<string, unknown> | null }>('SELECT user_id, target, detail FROM hq_audit WHERE action = $1 ORDER BY id DESC LIMIT 1', [action])).rows[0];
const count = async (sql: string, params: unknown[] = []) => (await hq.database.db.query<{ n: number }>(sql, params)).rows[0]?.n;

/** What "nothing changed" means for a publication: the published rows and what devices pull. */
async function publishedState() {
  const [templates, roster] = [await pull('templates'), await pull('roster')];
  return { counts: await rowCounts(hq), templates: templates.headers.etag, roster: roster.headers.etag };
}

async function evidenceOf(bundle: EncodedBundle) {
  const { rows } = await hq.database.db.query<{ id: string; sha256: string; part_sha256: string; size: string }>(
    'SELECT id, sha256, part_sha256, size FROM evidence WHERE inspection_id = $1 ORDER BY size',
    [bundle.manifest.inspectionId],
  );
  return rows;
}

describe('GET /v1/hq/inspections/:id/evidence/:evidenceId', () => {
  it('answers the decrypted bytes exactly, with locked-down headers, and audits the view', async () => {
    const [pdf, photo] = await evidenceOf(withEvidence);
    const url = (id = '') => `/v1/hq/inspections/${withEvidence.manifest.inspectionId}/evidence/${id}`;
    const res = await get(url(photo?.id), 'reviewer');
    expect(res.statusCode).toBe(200);
    expect(new Uint8Array(res.rawPayload)).toEqual(PHOTO);
    expect(res.headers).toMatchObject({
      'content-type': 'image/jpeg',
      'content-disposition': `inline; filename="${photo?.id ?? ''}.jpg"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      'content-security-policy': "default-src 'none'; img-src 'self'; sandbox",
    });
    expect(await lastAudit('evidence.viewed')).toEqual({ user_id: staff.reviewer.id, target: withEvidence.manifest.inspectionId, detail: { evidenceId: photo?.id } });

    // The media type is the device's word: only images and PDF are shown inline.
    await hq.database.db.query(`UPDATE evidence SET media_type = 'text/html' WHERE id = $1`, [pdf?.id]);
    const html = await get(url(pdf?.id), 'approver');
    expect([html.statusCode, html.headers['content-disposition'], new Uint8Array(html.rawPayload)]).toEqual([200, `attachment; filename="${pdf?.id ?? ''}"`, PDF]);
  });

  it('answers 404 for an unknown evidence or inspection id, without an audit row', async () => {
    const before = await count(`SELECT count(*)::int AS n FROM hq_audit WHERE action = 'evidence.viewed'`);
    for (const url of [`/v1/hq/inspections/${withEvidence.manifest.inspectionId}/evidence/nope`, '/v1/hq/inspections/nope/evidence/nope']) {
      const res = await get(url, 'reviewer');
      expect([res.statusCode, errorCode(res)]).toEqual([404, 'not_found']);
    }
    expect(await count(`SELECT count(*)::int AS n FROM hq_audit WHERE action = 'evidence.viewed'`)).toBe(before);
  });

  it('refuses altered stored bytes or an altered hash with evidence_unreadable, never other bytes', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { evidence: [PHOTO] });
    expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
    const [item] = await evidenceOf(bundle);
    const url = `/v1/hq/inspections/${bundle.manifest.inspectionId}/evidence/${item?.id ?? ''}`;
    expect((await get(url, 'reviewer')).statusCode).toBe(200);

    await hq.database.db.query(`UPDATE bundle_parts SET data = overlay(data placing '\\x00'::bytea from 40 for 1) WHERE sha256 = $1`, [item?.part_sha256]);
    const flipped = await get(url, 'reviewer');
    expect([flipped.statusCode, errorCode(flipped)]).toEqual([500, 'evidence_unreadable']);

    // Restore the part, then claim another plaintext hash for it: decryption works, the sealed hash does not match.
    await hq.database.db.query('UPDATE bundle_parts SET data = $2 WHERE sha256 = $1', [item?.part_sha256, Buffer.from(bundle.parts.get(item?.part_sha256 ?? '') ?? [])]);
    await hq.database.db.query(`UPDATE evidence SET sha256 = $2 WHERE id = $1`, [item?.id, '0'.repeat(64)]);
    const renamed = await get(url, 'reviewer');
    expect([renamed.statusCode, errorCode(renamed)]).toEqual([500, 'evidence_unreadable']);
  });
});

/** The CSV body parsed back: BOM and CRLF checked, header and rows as string arrays. */
function csvOf(res: LightMyRequestResponse): { header: readonly string[]; rows: Record<string, string>[] } {
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
  const bytes = res.rawPayload;
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  const records = parseCsv(text).map((r) => ('fields' in r ? r.fields : []));
  const [header = [], ...rows] = records;
  return { header, rows: rows.map((row) => Object.fromEntries(header.map((h, k) => [h, row[k] ?? '']))) };
}

describe('CSV exports', () => {
  it('inspections.csv: BOM, CRLF, the documented header, one row per inspection, an attachment filename; audited with filters and count', async () => {
    const res = await get('/v1/hq/exports/inspections.csv?office=DEMO-HN-01', 'reviewer');
    const { header, rows } = csvOf(res);
    expect(header).toEqual(EXPORT_COLUMNS.inspections);
    const total = await count('SELECT count(*)::int AS n FROM inspections');
    expect(rows).toHaveLength(total ?? -1);
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="ik-inspections-\d{4}-\d\d-\d\d\.csv"$/);
    expect(rows.find((r) => r.inspection_id === withEvidence.manifest.inspectionId)).toMatchObject({
      office_name: 'BHXH cơ sở Đông Mẫu',
      province: 'Hà Nội',
      template_version: '1',
      unannounced: 'true',
      sealed_at: '2026-11-23T03:00:00.000Z',
      findings: '2',
      violations: '1',
      evidence: '2',
      review_status: 'received',
    });
    expect(await lastAudit('export.downloaded')).toEqual({
      user_id: staff.reviewer.id,
      target: 'inspections',
      detail: { export: 'inspections', filters: { office: 'DEMO-HN-01' }, rows: total },
    });
  });

  it('findings.csv keeps Vietnamese, quotes and line breaks intact and neutralises formulas', async () => {
    const { header, rows } = csvOf(await get('/v1/hq/exports/findings.csv', 'approver'));
    expect(header).toEqual(EXPORT_COLUMNS.findings);
    const finding = rows.find((r) => r.inspection_id === plain.manifest.inspectionId && r.kind === 'violation');
    expect(finding).toMatchObject({
      narrative: `'${NARRATIVE}`,
      official_id: 'DEMO-HN-01-03',
      category: 'conduct',
      explanation: 'none',
      protection_claim: 'false',
      proposed_recommendation: 'reminder',
      inspector_recommendation: 'review',
      effective_recommendation: 'review',
      decision_state: '',
    });
    expect(rows.filter((r) => r.inspection_id === plain.manifest.inspectionId).map((r) => r.kind).sort()).toEqual(['commendable', 'violation']);
  });

  it('decisions.csv lists recorded decisions with their reasons and deciders', async () => {
    const base = `/v1/hq/inspections/${plain.manifest.inspectionId}`;
    expect((await post(`${base}/review`, 'reviewer', {})).statusCode).toBe(200);
    const { rows: findings } = await hq.database.db.query<{ id: string }>(`SELECT id FROM findings WHERE inspection_id = $1 AND kind = 'commendable'`, [plain.manifest.inspectionId]);
    const decided = await post(`${base}/findings/${findings[0]?.id ?? ''}/decision`, 'reviewer', { outcome: 'approve', reason: '+Đồng ý, biểu dương "kịp thời"' });
    expect(decided.statusCode).toBe(201);
    const { header, rows } = csvOf(await get('/v1/hq/exports/decisions.csv', 'admin'));
    expect(header).toEqual(EXPORT_COLUMNS.decisions);
    expect(rows).toEqual([
      expect.objectContaining({ inspection_id: plain.manifest.inspectionId, outcome: 'approve', reason: `'+Đồng ý, biểu dương "kịp thời"`, state: 'released', decided_by: staff.reviewer.username, needs_approval: 'false' }),
    ]);
  });

  it('filters by office, province and sealing period, and refuses bad filters', async () => {
    const ids = async (query: string) => csvOf(await get(`/v1/hq/exports/inspections.csv?${query}`, 'reviewer')).rows.length;
    const all = (await count('SELECT count(*)::int AS n FROM inspections')) ?? -1;
    expect(await ids(`province=${encodeURIComponent('Hà Nội')}&office=DEMO-HN-01`)).toBe(all);
    expect(await ids('office=HCM-Q1')).toBe(0);
    expect(await ids('province=Huế')).toBe(0);
    expect(await ids('from=2026-11-23&to=2026-11-24')).toBe(all);
    expect(await ids('from=2026-11-23T03:00:00.001Z')).toBe(0);
    expect(csvOf(await get('/v1/hq/exports/findings.csv?office=HCM-Q1', 'approver')).rows).toEqual([]);
    for (const bad of ['from=yesterday', 'to=2026-13-01']) {
      const res = await get(`/v1/hq/exports/inspections.csv?${bad}`, 'reviewer');
      expect([res.statusCode, errorCode(res)]).toEqual([400, 'malformed_request']);
    }
    const refused = await get('/v1/hq/exports/findings.csv', 'reviewer');
    expect([refused.statusCode, errorCode(refused)]).toEqual([403, 'forbidden']);
  });

  it('walks inspections in keyset batches: batch size 1 gives the same file', async () => {
    const { scope } = await exportScope(hq.database.db, 'findings', {});
    const file = async (batch: number) => {
      const chunks: Buffer[] = [];
      for await (const chunk of exportCsv(hq.database.db, 'findings', scope, batch)) chunks.push(chunk);
      return Buffer.concat(chunks).toString('utf8');
    };
    const whole = await file(500);
    expect(await file(1)).toBe(whole);
    expect(whole.split('\r\n').length).toBeGreaterThan(4);
  });
});

const base = findTemplate('unannounced-district-office', 1) as ChecklistTemplate;
const nextVersion = (): ChecklistTemplate => {
  const template = JSON.parse(JSON.stringify(base)) as ChecklistTemplate;
  template.version = 2;
  const item = template.sections[0]?.items[0];
  if (item !== undefined) item.prompt = { ...item.prompt, vi: 'Cán bộ có mặt đúng giờ làm việc theo quy định không?' };
  return template;
};

describe('template publishing', () => {
  it('lists the current templates', async () => {
    const res = await get('/v1/hq/templates', 'admin');
    expect(res.statusCode).toBe(200);
    const list = res.json<{ templates: { id: string; version: number; items: number; publishedAt: string | null }[] }>().templates;
    expect(list.find((t) => t.id === base.id)).toEqual({ id: base.id, version: 1, title: base.title, items: expect.any(Number) as unknown, publishedAt: expect.any(String) as unknown });
  });

  it('refuses malformed JSON, schema and catalogue errors, and wrong versions, and changes nothing', async () => {
    const before = await publishedState();
    const refusals: [string | object, number, string][] = [
      ['{"id": "x", ', 422, 'invalid_template'],
      [{ ...base, version: 2, sections: [] }, 422, 'invalid_template'],
      [{ ...nextVersion(), sources: ['NO-SUCH/KEY'] }, 422, 'invalid_template'],
      [{ ...base, version: 3 }, 409, 'version_conflict'],
      [base, 409, 'version_conflict'],
      [{ ...base, id: 'brand-new-template', version: 2 }, 409, 'version_conflict'],
    ];
    for (const [payload, status, code] of refusals) {
      for (const url of ['/v1/hq/templates/preview', '/v1/hq/templates']) {
        const res = await post(url, 'admin', typeof payload === 'string' ? payload : JSON.stringify(payload));
        expect([url, res.statusCode, errorCode(res)]).toEqual([url, status, code]);
      }
    }
    const issues = async (payload: string) => (await post('/v1/hq/templates', 'admin', payload)).json<{ issues: { code: string; path: string }[] }>().issues;
    expect((await issues('{"id": "x", '))[0]?.code).toBe('json');
    expect(await issues(JSON.stringify({ ...base, version: 2, sections: [] }))).toEqual([expect.objectContaining({ code: 'schema', path: 'sections' })]);
    expect(await issues(JSON.stringify({ ...nextVersion(), sources: ['NO-SUCH/KEY'] }))).toEqual([expect.objectContaining({ code: 'unknown-citation', path: 'sources[0]' })]);
    expect((await post('/v1/hq/templates', 'admin', JSON.stringify({ ...base, version: 3 }))).json()).toMatchObject({ expected: 2 });
    expect((await post('/v1/hq/templates', 'admin', JSON.stringify(base), 'text/csv')).statusCode).toBe(415);
    expect(await publishedState()).toEqual(before);
  });

  it('previews the diff, publishes version 2, and devices pull it (with v1, still pinned) under a new ETag', async () => {
    const first = await pull('templates');
    const preview = await post('/v1/hq/templates/preview', 'admin', nextVersion());
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      template: { id: base.id, version: 2, title: base.title },
      previousVersion: 1,
      diff: [{ change: 'changed', target: 'item', id: base.sections[0]?.items[0]?.id, field: 'prompt.vi', before: base.sections[0]?.items[0]?.prompt.vi, after: 'Cán bộ có mặt đúng giờ làm việc theo quy định không?' }],
    });
    expect((await pull('templates', first.headers.etag)).statusCode).toBe(304);

    const published = await post('/v1/hq/templates', 'admin', nextVersion());
    expect(published.statusCode).toBe(201);
    const body = published.json<{ version: string; etag: string }>();
    expect(body).toEqual({ version: `${base.id}@2`, etag: expect.stringMatching(/^"[0-9a-f]{64}"$/) as unknown, template: { id: base.id, version: 2 } });

    const pulled = await pull('templates', first.headers.etag);
    expect([pulled.statusCode, pulled.headers.etag]).toEqual([200, body.etag]);
    const templates = pulled.json<{ templates: ChecklistTemplate[] }>().templates;
    expect(templates.filter((t) => t.id === base.id).map((t) => t.version)).toEqual([1, 2]);
    expect(new Set(templates.map((t) => t.id)).size).toBe(3);
    expect(await lastAudit('template.published')).toEqual({ user_id: staff.admin.id, target: base.id, detail: { id: base.id, version: 2, templates: 4 } });

    // Immutable: the same version again is a conflict; the list shows version 2.
    expect((await post('/v1/hq/templates', 'admin', nextVersion())).statusCode).toBe(409);
    const list = (await get('/v1/hq/templates', 'admin')).json<{ templates: { id: string; version: number }[] }>().templates;
    expect(list.find((t) => t.id === base.id)?.version).toBe(2);
  });
});

const HEADER = 'office_code,office_name,province,address,official_id,full_name,position,unit';
const rosterPost = (url: string, csv: string, contentType = 'text/csv') => post(url, 'admin', csv, contentType);

describe('roster import', () => {
  it('previews a file against the current (demo) roster without changing anything', async () => {
    const before = await publishedState();
    const sample = await readFile(new URL('../samples/roster-sample.csv', import.meta.url), 'utf8');
    const res = await rosterPost('/v1/hq/roster/preview', sample);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      valid: true,
      rows: 6,
      offices: 3,
      officials: 5,
      errors: [],
      changes: { addedOffices: 3, addedOfficials: 5, removedOfficials: 24, changedOfficials: 0, removedOffices: 3 },
    });
    const bad = await rosterPost('/v1/hq/roster/preview', `${HEADER}\r\nbad code,,,,,,,\r\n`);
    expect([bad.statusCode, bad.json<{ valid: boolean }>().valid]).toEqual([200, false]);
    expect(await publishedState()).toEqual(before);
  });

  it('refuses a file with any bad row with 422 invalid_roster and the whole report, and publishes nothing', async () => {
    const before = await publishedState();
    const lines = [
      HEADER,
      'HN-01,Ba Đình,Hà Nội,Số 1,HN-01-01,Nguyễn Văn A,Giám đốc,Ban Giám đốc',
      'hn-01,Ba Đình,Hà Nội,Số 1,,,,',
      'HN-01,Ba Đình,Hà Nội,Số 1,HN-01-01,Trần B,Kế toán,Tổ Kế toán',
      'HN-01,Ba Đình,Hà Nội,Số 1,bad id!,C,D,E',
      'HN-01,Ba Đình Khác,Hà Nội,Số 1,,,,',
      'HCM-01,,,,HCM-01-01,E,F,G',
      'HN-01,Ba Đình,Hà Nội,Số 1,HN-01-02,,Chuyên viên,Một cửa',
      'HN-01,Ba Đình,Hà Nội,Số 1,HN-01-03,"Lê "C,D,E',
      'HN-01,Ba Đình,Hà Nội,Số 1,HN-01-04,A,B,C,extra',
    ];
    const res = await rosterPost('/v1/hq/roster', `${lines.join('\n')}\n`);
    expect([res.statusCode, errorCode(res)]).toEqual([422, 'invalid_roster']);
    const report = res.json<{ report: { valid: boolean; errors: { line: number; column: string | null; code: string }[] } }>().report;
    expect(report.valid).toBe(false);
    expect(report.errors.map((e) => e.code).sort()).toEqual(
      ['bad_office_code', 'duplicate_id', 'bad_official_id', 'conflicting_office', 'unknown_office', 'missing_value', 'bad_quoting', 'unknown_column'].sort(),
    );
    for (const [csv, code] of [
      ['HN-01,Ba Đình,Hà Nội,Số 1,,,,\r\n', 'missing_header'],
      [`${HEADER},email\r\nHN-01,Ba Đình,Hà Nội,Số 1,,,,,\r\n`, 'unknown_column'],
    ] as const) {
      const refused = await rosterPost('/v1/hq/roster', csv);
      expect([refused.statusCode, refused.json<{ report: { errors: { code: string }[] } }>().report.errors.map((e) => e.code)]).toEqual([422, [code]]);
    }
    expect((await rosterPost('/v1/hq/roster', JSON.stringify({ offices: [] }), 'application/json')).statusCode).toBe(415);
    const huge = await rosterPost('/v1/hq/roster', `${HEADER}\r\n${'x'.repeat(5 * 1024 * 1024)}`);
    expect([huge.statusCode, errorCode(huge)]).toEqual([413, 'too_large']);
    expect(await publishedState()).toEqual(before);
  });

  it('publishes a valid file; devices pull it under a new ETag; the audit row holds counts only', async () => {
    const first = await pull('roster');
    const sample = await readFile(new URL('../samples/roster-sample.csv', import.meta.url), 'utf8');
    const res = await rosterPost('/v1/hq/roster', sample);
    expect(res.statusCode).toBe(201);
    const body = res.json<{ version: string; etag: string }>();
    expect(body.version).toBe('hq-1');

    const pulled = await pull('roster', first.headers.etag);
    expect([pulled.statusCode, pulled.headers.etag]).toEqual([200, body.etag]);
    // Officials' names: never into a browser's disk cache (server.ts onSend).
    expect([first.headers['cache-control'], pulled.headers['cache-control'], (await get('/v1/hq/audit', 'admin')).headers['cache-control']]).toEqual(['no-store', 'no-store', 'no-store']);
    const roster = pulled.json<{ offices: { code: string; demo: boolean }[]; officials: { id: string; fullName: string }[] }>();
    expect(roster.offices.map((o) => [o.code, o.demo])).toEqual([
      ['MAU-HN-01', false],
      ['MAU-HUE-01', false],
      ['MAU-CT-01', false],
    ]);
    expect(roster.officials.map((o) => o.fullName)).toContain('Đặng Thu "Mẫu" Hà');
    expect((await pull('roster', body.etag)).statusCode).toBe(304);

    const audit = await lastAudit('roster.imported');
    expect(audit).toMatchObject({ user_id: staff.admin.id, target: 'hq-1', detail: { rows: 6, offices: 3, officials: 5 } });
    expect(JSON.stringify(audit)).not.toMatch(/Mẫu|Nguyễn/);

    // The same file again: no changes against the current roster, yet a new version devices see.
    const again = await rosterPost('/v1/hq/roster/preview', sample);
    expect(again.json<{ changes: unknown }>().changes).toEqual({ addedOffices: 0, addedOfficials: 0, removedOfficials: 0, changedOfficials: 0, removedOffices: 0, changedOffices: 0 });
    const second = await rosterPost('/v1/hq/roster', sample);
    expect(second.json()).toMatchObject({ version: 'hq-2' });
    expect(second.json<{ etag: string }>().etag).not.toBe(body.etag);
  });
});
