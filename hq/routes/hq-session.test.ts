import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../log';
import { buildServer } from '../server';
import { SignInLimiter } from '../staff/sign-in-limiter';
import { cookiePair, createStaff, errorCode, setCookieOf, signedIn, signIn, STAFF_PASSWORD } from '../staff/test-staff';
import { disableUser } from '../staff/users';
import { auth, enrolDevice, startTestHq, type TestHq } from '../test-support';
import { sha256Hex } from '../tokens';

let hq: TestHq;
beforeAll(async () => {
  hq = await startTestHq();
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const me = (cookie: string) => hq.server.inject({ method: 'GET', url: '/v1/hq/session', headers: { cookie } });
const signOut = (cookie: string, headers: Record<string, string> = { 'x-ik-hq': '1' }) =>
  hq.server.inject({ method: 'DELETE', url: '/v1/hq/session', headers: { cookie, ...headers } });

describe('POST /v1/hq/session', () => {
  it('signs in with an HttpOnly, SameSite=Strict cookie scoped to /v1/hq, storing only the token hash', async () => {
    const user = await createStaff(hq, 'reviewer');
    const res = await signIn(hq.server, user.username.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ user: { id: user.id, username: user.username, displayName: user.displayName, role: 'reviewer' } });
    expect(res.headers['cache-control']).toBe('no-store');
    const cookie = setCookieOf(res);
    expect(cookie).toMatch(/^ik_hq_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/v1\/hq; Max-Age=28800$/);
    const token = cookiePair(res).slice('ik_hq_session='.length);

    const { rows } = await hq.database.db.query<{ id: string; hours: number }>(
      `SELECT id, round(extract(epoch FROM expires_at - created_at) / 3600)::int AS hours FROM hq_sessions WHERE user_id = $1`,
      [user.id],
    );
    expect(rows).toEqual([{ id: sha256Hex(token), hours: 8 }]);
    const all = await hq.database.db.query('SELECT * FROM hq_sessions');
    expect(JSON.stringify(all.rows)).not.toContain(token);

    const who = await me(cookiePair(res));
    expect([who.statusCode, who.json()]).toEqual([200, res.json()]);
  });

  it('marks the cookie Secure when HQ_PUBLIC_URL is https', async () => {
    const user = await createStaff(hq, 'reviewer');
    const server = await buildServer({ db: hq.database.db, keys: hq.keys, log: createLogger('silent'), publicUrl: 'https://hq.example.vn/' });
    try {
      const res = await signIn(server, user.username);
      expect(setCookieOf(res)).toMatch(/; Max-Age=28800; Secure$/);
    } finally {
      await server.close();
    }
  });

  it('gives the same 401 for a wrong password, an unknown user and a disabled user', async () => {
    const user = await createStaff(hq, 'approver');
    const disabled = await createStaff(hq, 'admin');
    expect(await disableUser(hq.database.db, disabled.username)).toBe(true);
    const answers = await Promise.all([
      signIn(hq.server, user.username, 'sai mật khẩu 2026'),
      signIn(hq.server, 'no.such.user'),
      signIn(hq.server, disabled.username),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.headers['set-cookie']).toBeUndefined();
    }
    const [wrongPassword] = answers;
    expect(new Set(answers.map((res) => res.body))).toEqual(new Set([wrongPassword.body]));
    expect(errorCode(wrongPassword)).toBe('bad_credentials');
    const malformed = await hq.server.inject({ method: 'POST', url: '/v1/hq/session', headers: { 'x-ik-hq': '1' }, payload: { username: 'x' } });
    expect([malformed.statusCode, errorCode(malformed)]).toEqual([400, 'malformed_request']);
  });

  it('answers 429 after 10 failed attempts for one username and address, even with the right password', async () => {
    const user = await createStaff(hq, 'reviewer');
    for (let i = 0; i < 10; i++) expect((await signIn(hq.server, user.username, `wrong password ${String(i)}`)).statusCode).toBe(401);
    const limited = await signIn(hq.server, user.username);
    expect([limited.statusCode, errorCode(limited)]).toEqual([429, 'rate_limited']);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(800);
    // Another address is not blocked by someone else's guessing.
    expect((await signIn(hq.server, user.username, STAFF_PASSWORD, '10.0.0.9')).statusCode).toBe(200);
  });

  it('lets attempts age out of the 15-minute window, and a success clears the count', () => {
    let now = 0;
    const limiter = new SignInLimiter(3, 15 * 60_000, 10_000, () => now);
    for (let i = 0; i < 3; i++) limiter.recordFailure('lan', '1.2.3.4');
    expect(limiter.retryAfterSeconds('lan', '1.2.3.4')).toBe(900);
    now = 15 * 60_000 + 1;
    expect(limiter.retryAfterSeconds('lan', '1.2.3.4')).toBe(0);
    limiter.recordFailure('lan', '1.2.3.4');
    limiter.recordSuccess('lan', '1.2.3.4');
    for (let i = 0; i < 2; i++) limiter.recordFailure('lan', '1.2.3.4');
    expect(limiter.retryAfterSeconds('lan', '1.2.3.4')).toBe(0);
  });

  it('refuses a sign-in without X-IK-HQ (CSRF)', async () => {
    const user = await createStaff(hq, 'reviewer');
    const res = await hq.server.inject({ method: 'POST', url: '/v1/hq/session', payload: { username: user.username, password: STAFF_PASSWORD } });
    expect([res.statusCode, errorCode(res)]).toEqual([403, 'csrf']);
    expect(res.headers['set-cookie']).toBeUndefined();
  });
});

describe('session lifetime', () => {
  it('signs out: revokes the session and clears the cookie; without X-IK-HQ nothing happens', async () => {
    const user = await createStaff(hq, 'reviewer');
    const { cookie, token } = await signedIn(hq.server, user);
    const forged = await signOut(cookie, {});
    expect([forged.statusCode, errorCode(forged)]).toEqual([403, 'csrf']);
    expect((await me(cookie)).statusCode).toBe(200);

    const out = await signOut(cookie);
    expect(out.statusCode).toBe(204);
    expect(setCookieOf(out)).toBe('ik_hq_session=; HttpOnly; SameSite=Strict; Path=/v1/hq; Max-Age=0');
    const after = await me(cookie);
    expect([after.statusCode, errorCode(after)]).toEqual([401, 'no_session']);
    const { rows } = await hq.database.db.query<{ revoked: boolean }>('SELECT revoked_at IS NOT NULL AS revoked FROM hq_sessions WHERE id = $1', [sha256Hex(token)]);
    expect(rows).toEqual([{ revoked: true }]);
  });

  it('refuses an expired session, and slides the expiry of a live one', async () => {
    const user = await createStaff(hq, 'reviewer');
    const live = await signedIn(hq.server, user);
    const expired = await signedIn(hq.server, user);
    await hq.database.db.query(`UPDATE hq_sessions SET expires_at = now() - interval '1 second' WHERE id = $1`, [sha256Hex(expired.token)]);
    const refused = await me(expired.cookie);
    expect([refused.statusCode, errorCode(refused)]).toEqual([401, 'no_session']);

    await hq.database.db.query(`UPDATE hq_sessions SET expires_at = now() + interval '1 hour', last_seen_at = now() - interval '2 minutes' WHERE id = $1`, [
      sha256Hex(live.token),
    ]);
    const slid = await me(live.cookie);
    expect(slid.statusCode).toBe(200);
    expect(setCookieOf(slid)).toContain('Max-Age=28800');
    const { rows } = await hq.database.db.query<{ hours: number }>(
      `SELECT round(extract(epoch FROM expires_at - now()) / 3600)::int AS hours FROM hq_sessions WHERE id = $1`,
      [sha256Hex(live.token)],
    );
    expect(rows).toEqual([{ hours: 8 }]);
  });

  it('ends the sessions of a disabled user, and ignores a garbage cookie', async () => {
    const user = await createStaff(hq, 'approver');
    const { cookie } = await signedIn(hq.server, user);
    expect(await disableUser(hq.database.db, user.username)).toBe(true);
    expect((await me(cookie)).statusCode).toBe(401);
    expect((await me('ik_hq_session=not-a-token; other=1')).statusCode).toBe(401);
  });

  it('does not let a device token act as a session, nor a session cookie act as a device', async () => {
    const device = await enrolDevice(hq);
    const asDevice = await hq.server.inject({ method: 'GET', url: '/v1/hq/session', headers: auth(device) });
    expect([asDevice.statusCode, errorCode(asDevice)]).toEqual([401, 'no_session']);
    const user = await createStaff(hq, 'admin');
    const { cookie } = await signedIn(hq.server, user);
    const asStaff = await hq.server.inject({ method: 'GET', url: '/v1/templates', headers: { cookie } });
    expect([asStaff.statusCode, errorCode(asStaff)]).toEqual([401, 'unauthenticated']);
  });

  it('audits sign-in and sign-out', async () => {
    const user = await createStaff(hq, 'reviewer');
    const { cookie } = await signedIn(hq.server, user);
    await signOut(cookie);
    const { rows } = await hq.database.db.query<{ action: string }>('SELECT action FROM hq_audit WHERE user_id = $1 ORDER BY id', [user.id]);
    expect(rows.map((r) => r.action)).toEqual(['session.signed_in', 'session.signed_out']);
  });
});

describe('logs', () => {
  it('never carry passwords, session tokens, cookies or staff names', async () => {
    const sink = new PassThrough();
    let text = '';
    sink.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const server = await buildServer({ db: hq.database.db, keys: hq.keys, log: createLogger('trace', sink) });
    const user = await createStaff(hq, 'admin');
    let token: string;
    try {
      await signIn(server, user.username, 'một mật khẩu sai');
      const session = await signedIn(server, user);
      token = session.token;
      await server.inject({ method: 'GET', url: '/v1/hq/session', headers: { cookie: session.cookie } });
      await server.inject({ method: 'GET', url: '/v1/hq/audit', headers: { cookie: session.cookie } });
      await server.inject({ method: 'DELETE', url: '/v1/hq/session', headers: { cookie: session.cookie, 'x-ik-hq': '1' } });
    } finally {
      await server.close();
    }
    expect(text).toContain('"route":"/v1/hq/session"');
    expect(token).toHaveLength(43);
    for (const secret of [token, STAFF_PASSWORD, 'một mật khẩu sai', 'ik_hq_session', user.displayName]) expect(text).not.toContain(secret);
  });
});
