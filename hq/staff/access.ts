import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { SESSION_COOKIE, cookieValue, sessionCookie } from './cookies';
import { sessionOf, type StaffSession } from './sessions';
import { roleAtLeast, type Role, type StaffUser } from './users';

declare module 'fastify' {
  interface FastifyRequest {
    staff: StaffSession | null;
  }
}

/** A header a cross-site HTML form cannot send, and that CORS does not allow other origins to add. */
export const CSRF_HEADER = 'x-ik-hq';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * onRequest for every /v1/hq route: state-changing methods need `X-IK-HQ: 1`
 * (besides SameSite=Strict), then the session cookie, if any, is resolved.
 * It refuses nothing else: `requireRole` on each route does.
 * A device bearer token is not looked at here, so it never grants staff access.
 */
export function staffSession(db: Db, secureCookies: boolean) {
  return async function resolveStaff(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    if (!SAFE_METHODS.has(request.method) && request.headers[CSRF_HEADER] !== '1') {
      request.log.info({ reason: 'csrf' }, 'staff request refused');
      await sendError(reply, 'csrf');
      return;
    }
    const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
    request.staff = token === undefined ? null : ((await sessionOf(db, token)) ?? null);
    if (request.staff?.slid === true && token !== undefined) void reply.header('set-cookie', sessionCookie(token, secureCookies));
  };
}

/** preHandler: 401 no_session without a live session, 403 forbidden below `minimum` (reviewer < approver < admin). */
export function requireRole(minimum: Role) {
  return async function checkRole(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const staff = request.staff;
    if (staff === null) {
      await sendError(reply, 'no_session');
      return;
    }
    if (!roleAtLeast(staff.user.role, minimum)) {
      request.log.info({ userId: staff.user.id, reason: 'forbidden' }, 'staff request refused');
      await sendError(reply, 'forbidden');
    }
  };
}

/** For handlers behind `requireRole`: it has answered already when there is no session. */
export function staffOf(request: FastifyRequest): StaffSession & { user: StaffUser } {
  if (request.staff === null) throw new Error('route is missing requireRole');
  return request.staff;
}
