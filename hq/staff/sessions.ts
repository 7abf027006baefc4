import { randomBytes } from 'node:crypto';
import type { Db } from '../db/pool';
import { sha256Hex } from '../tokens';
import type { Role, StaffUser } from './users';

/** A working day; each request slides it (docs: hq/API.md, HQ staff API). */
export const SESSION_SECONDS = 8 * 3600;
/** Sliding the expiry is a write: do it at most once a minute per session. */
const SLIDE_EVERY_SECONDS = 60;
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

export interface StaffSession {
  readonly id: string;
  readonly user: StaffUser;
  /** True when the expiry was just pushed forward: the cookie is sent again with a fresh Max-Age. */
  readonly slid: boolean;
}

/** 256 random bits, base64url; HQ keeps only its SHA-256 as the session id. */
export async function startSession(db: Db, userId: string): Promise<{ token: string; id: string }> {
  const token = randomBytes(32).toString('base64url');
  const id = sha256Hex(token);
  await db.query('INSERT INTO hq_sessions (id, user_id, expires_at) VALUES ($1, $2, now() + make_interval(secs => $3))', [id, userId, SESSION_SECONDS]);
  return { token, id };
}

/** The live session of a cookie token (not revoked, not expired, user enabled), sliding its expiry. */
export async function sessionOf(db: Db, token: string): Promise<StaffSession | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const id = sha256Hex(token);
  const { rows } = await db.query<{ user_id: string; username: string; display_name: string; role: Role; stale: boolean }>(
    `SELECT u.id AS user_id, u.username, u.display_name, u.role,
            s.last_seen_at < now() - make_interval(secs => $2) AS stale
     FROM hq_sessions s JOIN hq_users u ON u.id = s.user_id
     WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.disabled_at IS NULL`,
    [id, SLIDE_EVERY_SECONDS],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  if (row.stale) {
    await db.query('UPDATE hq_sessions SET last_seen_at = now(), expires_at = now() + make_interval(secs => $2) WHERE id = $1', [id, SESSION_SECONDS]);
  }
  return { id, user: { id: row.user_id, username: row.username, displayName: row.display_name, role: row.role }, slid: row.stale };
}

export async function revokeSession(db: Db, id: string): Promise<void> {
  await db.query('UPDATE hq_sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [id]);
}
