import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from './db/pool';
import { sendError } from './http-errors';
import { sha256Hex } from './tokens';

export interface AuthenticatedDevice {
  readonly id: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    device: AuthenticatedDevice | null;
  }
}

const BEARER = /^Bearer (ikd_[A-Za-z0-9_-]{43})$/;
/** last_seen_at is for admins, not an audit trail: write it at most once a minute per device. */
const SEEN_EVERY_SECONDS = 60;

/** An onRequest hook: runs before the body is read, so an unauthenticated upload is refused without receiving it. */
export function deviceAuthentication(db: Db) {
  return async function authenticate(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const match = BEARER.exec(request.headers.authorization ?? '');
    if (match?.[1] === undefined) {
      await sendError(reply, 'unauthenticated');
      return;
    }
    const { rows } = await db.query<{ id: string; revoked: boolean; stale: boolean }>(
      `SELECT id, revoked_at IS NOT NULL AS revoked,
              (last_seen_at IS NULL OR last_seen_at < now() - make_interval(secs => $2)) AS stale
       FROM devices WHERE token_hash = $1`,
      [sha256Hex(match[1]), SEEN_EVERY_SECONDS],
    );
    const device = rows[0];
    if (device === undefined) {
      await sendError(reply, 'unauthenticated');
      return;
    }
    if (device.revoked) {
      request.log.info({ deviceId: device.id }, 'revoked device refused');
      await sendError(reply, 'device_revoked');
      return;
    }
    if (device.stale) await db.query('UPDATE devices SET last_seen_at = now() WHERE id = $1', [device.id]);
    request.device = { id: device.id };
  };
}

/** For handlers behind `deviceAuthentication`: the hook has set it or already answered. */
export function deviceOf(request: FastifyRequest): AuthenticatedDevice {
  if (request.device === null) throw new Error('route is missing deviceAuthentication');
  return request.device;
}
