import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../shared/bundle/index';
import { ROSTER_BODY_LIMIT, TEMPLATE_BODY_LIMIT } from './routes/hq-admin';
import { DEFAULT_BODY_LIMIT } from './server';
import { createStaff, errorCode, signedIn } from './staff/test-staff';
import { auth, enrolDevice, rowCounts, serverRoutes, startTestHq, type EnrolledDevice, type TestHq } from './test-support';

/**
 * Issue 8, hostile input: every route that reads a body has a size limit, and
 * one byte over it is `413 too_large` with nothing stored. GET and HEAD bodies
 * are never read (Fastify treats those methods as bodyless), nor OPTIONS ones
 * (the CORS hook answers the preflight first).
 */
const ID = '01890000-0000-7000-8000-000000000000';
const BUNDLE_BODY_LIMIT = Math.ceil((DEFAULT_LIMITS.maxManifestBytes * 4) / 3) + 4096;

/** Each route that takes a body: its limit, the content type it reads, and who may call it. */
const LIMITS: Record<string, { limit: number; type: string; as: 'device' | 'admin' | 'none' }> = {
  'PUT /v1/blobs/:sha256': { limit: DEFAULT_LIMITS.maxPartBytes, type: 'application/octet-stream', as: 'device' },
  'PUT /v1/bundles/:id': { limit: BUNDLE_BODY_LIMIT, type: 'application/json', as: 'device' },
  'POST /v1/enrollments': { limit: 16 * 1024, type: 'application/json', as: 'none' },
  'POST /v1/hq/session': { limit: 8 * 1024, type: 'application/json', as: 'none' },
  'DELETE /v1/hq/session': { limit: DEFAULT_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/inspections/:id/review': { limit: DEFAULT_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/inspections/:id/reopen': { limit: DEFAULT_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/inspections/:id/findings/:findingId/decision': { limit: DEFAULT_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/inspections/:id/findings/:findingId/decision/approve': { limit: DEFAULT_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/templates': { limit: TEMPLATE_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/templates/preview': { limit: TEMPLATE_BODY_LIMIT, type: 'application/json', as: 'admin' },
  'POST /v1/hq/roster': { limit: ROSTER_BODY_LIMIT, type: 'text/csv', as: 'admin' },
  'POST /v1/hq/roster/preview': { limit: ROSTER_BODY_LIMIT, type: 'text/csv', as: 'admin' },
};

let hq: TestHq;
let device: EnrolledDevice;
let adminCookie: string;

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  adminCookie = (await signedIn(hq.server, await createStaff(hq, 'admin'))).cookie;
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const urlOf = (path: string): string =>
  path
    .replace(':sha256', 'a'.repeat(64))
    .replace(':findingId', ID)
    .replace(':id', ID);

/** Audit and session rows too: a refused staff request must not leave those either. */
async function everyCount(): Promise<Record<string, number>> {
  const { rows } = await hq.database.db.query<{ users: string; sessions: string; audit: string }>(
    'SELECT (SELECT count(*) FROM hq_users) AS users, (SELECT count(*) FROM hq_sessions) AS sessions, (SELECT count(*) FROM hq_audit) AS audit',
  );
  return { ...(await rowCounts(hq)), ...Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)])) };
}

describe('request size limits', () => {
  it('names a limit for every route that reads a body', () => {
    const bodyRoutes = serverRoutes(hq.server).filter((route) => !route.startsWith('GET ') && route !== 'OPTIONS *');
    expect(bodyRoutes.sort()).toEqual(Object.keys(LIMITS).sort());
  });

  it('answers a CORS preflight without reading its body', async () => {
    const res = await hq.server.inject({
      method: 'OPTIONS',
      url: '/v1/bundles/' + ID,
      headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'PUT', 'content-type': 'application/json' },
      payload: Buffer.alloc(DEFAULT_BODY_LIMIT + 1, 0x20),
    });
    expect(res.statusCode).toBe(204);
  });

  it('answers 413 too_large one byte over each limit, and stores nothing', async () => {
    for (const [route, { limit, type, as }] of Object.entries(LIMITS)) {
      const [method, path] = route.split(' ') as [string, string];
      const before = await everyCount();
      const credentials = as === 'device' ? auth(device) : as === 'admin' ? { cookie: adminCookie } : {};
      const res = await hq.server.inject({
        method: method as 'POST',
        url: `/${urlOf(path).replace(/^\//, '')}`,
        headers: { ...credentials, 'content-type': type, 'x-ik-hq': '1' },
        payload: Buffer.alloc(limit + 1, 0x20),
      });
      expect([route, res.statusCode, errorCode(res)]).toEqual([route, 413, 'too_large']);
      expect(await everyCount(), route).toEqual(before);
    }
  }, 60_000);

  it('takes a body exactly at the limit to the route (here: a 16 KiB enrolment that is not JSON)', async () => {
    const res = await hq.server.inject({ method: 'POST', url: '/v1/enrollments', headers: { 'content-type': 'application/json' }, payload: Buffer.alloc(16 * 1024, 0x20) });
    expect([res.statusCode, errorCode(res)]).toEqual([400, 'malformed_request']);
  });

  it('counts the bytes of a chunked body with no Content-Length, over real HTTP', async () => {
    const before = await everyCount();
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(`${hq.url}/v1/bundles/${ID}`, { method: 'PUT', headers: { ...auth(device), 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      // HQ may close the socket while the rest is still being written: only an error before any answer counts.
      req.on('error', (error) => setTimeout(() => reject(error), 1000));
      // Sent in 64 KiB chunks; HQ stops reading once the total passes the limit.
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      let sent = 0;
      const pump = (): void => {
        while (sent <= BUNDLE_BODY_LIMIT) {
          sent += chunk.length;
          if (!req.write(chunk)) {
            req.once('drain', pump);
            return;
          }
        }
        req.end();
      };
      pump();
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toMatchObject({ error: { code: 'too_large' } });
    expect(await everyCount()).toEqual(before);
  });
});
