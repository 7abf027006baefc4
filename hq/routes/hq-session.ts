import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { MAX_PASSWORD_LENGTH, verifyAgainstDummy, verifyPassword } from '../passwords';
import { requireRole, staffOf } from '../staff/access';
import { writeAudit } from '../staff/audit';
import { clearedSessionCookie, sessionCookie } from '../staff/cookies';
import { revokeSession, startSession } from '../staff/sessions';
import type { SignInLimiter } from '../staff/sign-in-limiter';
import { userForSignIn, type StaffUser } from '../staff/users';

const SignIn = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

const userBody = (user: StaffUser) => ({ user: { id: user.id, username: user.username, displayName: user.displayName, role: user.role } });

export interface StaffRouteDeps {
  readonly db: Db;
  readonly secureCookies: boolean;
  readonly signInLimiter: SignInLimiter;
}

/** Sign in, who am I, sign out. The answer to a failed sign-in never says whether the username exists. */
export function staffSessionRoutes(app: FastifyInstance, deps: StaffRouteDeps): void {
  app.post('/v1/hq/session', { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const body = SignIn.safeParse(request.body);
    if (!body.success) return sendError(reply, 'malformed_request');
    const { username, password } = body.data;
    const retryAfter = deps.signInLimiter.retryAfterSeconds(username, request.ip);
    if (retryAfter > 0) {
      request.log.info({ reason: 'rate_limited' }, 'sign-in refused');
      return sendError(reply.header('retry-after', String(retryAfter)), 'rate_limited');
    }
    const user = await userForSignIn(deps.db, username);
    // Unknown and disabled users cost the same scrypt as a wrong password.
    const valid = user === undefined ? await verifyAgainstDummy(password) : await verifyPassword(user.passwordHash, password);
    if (user === undefined || !valid) {
      deps.signInLimiter.recordFailure(username, request.ip);
      request.log.info({ reason: 'bad_credentials' }, 'sign-in refused');
      return sendError(reply, 'bad_credentials');
    }
    deps.signInLimiter.recordSuccess(username, request.ip);
    const session = await startSession(deps.db, user.id);
    await writeAudit(deps.db, { userId: user.id, action: 'session.signed_in' });
    request.log.info({ userId: user.id }, 'signed in');
    return reply.removeHeader('set-cookie').header('set-cookie', sessionCookie(session.token, deps.secureCookies)).header('cache-control', 'no-store').send(userBody(user));
  });

  app.get('/v1/hq/session', { preHandler: requireRole('reviewer') }, async (request, reply) =>
    reply.header('cache-control', 'no-store').send(userBody(staffOf(request).user)),
  );

  app.delete('/v1/hq/session', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const { id, user } = staffOf(request);
    await revokeSession(deps.db, id);
    await writeAudit(deps.db, { userId: user.id, action: 'session.signed_out' });
    request.log.info({ userId: user.id }, 'signed out');
    // Replaces the refreshed cookie the session hook may have set.
    return reply.removeHeader('set-cookie').header('set-cookie', clearedSessionCookie(deps.secureCookies)).code(204).send();
  });
}
