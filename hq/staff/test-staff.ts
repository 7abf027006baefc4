/** Tests only: HQ staff accounts and signed-in sessions against a test HQ. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { RunningHq } from '../app';
import { createUser, type Role, type StaffUser } from './users';

export const STAFF_PASSWORD = 'đúng mật khẩu 2026';

let counter = 0;

export async function createStaff(hq: RunningHq, role: Role, username = `${role}-${String(++counter)}`): Promise<StaffUser> {
  const created = await createUser(hq.database.db, { username, displayName: `Cán bộ ${role} ${String(counter)}`, role, password: STAFF_PASSWORD });
  if (!created.ok) throw new Error(`createUser: ${created.error.code}`);
  return created.value;
}

export function signIn(server: FastifyInstance, username: string, password = STAFF_PASSWORD, remoteAddress = '127.0.0.1'): Promise<LightMyRequestResponse> {
  return server.inject({ method: 'POST', url: '/v1/hq/session', headers: { 'x-ik-hq': '1' }, payload: { username, password }, remoteAddress });
}

/** The Set-Cookie header of a response (the last one if several). */
export function setCookieOf(res: LightMyRequestResponse): string {
  const header = res.headers['set-cookie'];
  const value = Array.isArray(header) ? header[header.length - 1] : header;
  if (value === undefined) throw new Error('no Set-Cookie');
  return value;
}

/** `ik_hq_session=<token>`, ready for a Cookie header. */
export const cookiePair = (res: LightMyRequestResponse): string => setCookieOf(res).split(';')[0] ?? '';

export async function signedIn(server: FastifyInstance, user: StaffUser): Promise<{ cookie: string; token: string }> {
  const res = await signIn(server, user.username);
  if (res.statusCode !== 200) throw new Error(`sign-in failed: ${String(res.statusCode)} ${res.body}`);
  const cookie = cookiePair(res);
  return { cookie, token: cookie.slice(cookie.indexOf('=') + 1) };
}

export const errorCode = (res: LightMyRequestResponse): string => res.json<{ error: { code: string } }>().error.code;
