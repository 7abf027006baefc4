import { z } from 'zod';
import type { Db } from '../db/pool';
import { isUniqueViolation } from '../db/pool';
import { fail, ok, type Result } from '../../shared/result';
import { hashPassword, passwordProblem, PASSWORD_PROBLEMS } from '../passwords';

/** Weakest first: each role may do everything the ones before it may. */
export const ROLES = ['reviewer', 'approver', 'admin'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const roleAtLeast = (role: Role, minimum: Role): boolean => ROLES.indexOf(role) >= ROLES.indexOf(minimum);

/** Lowercase, so `Lan.Nguyen` and `lan.nguyen` are one account (the table checks it too). */
export const Username = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'a username is 2–64 characters: letters a–z, digits, dot, dash or underscore');

export interface StaffUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
}

export interface NewUser {
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly password: string;
}

export type CreateUserRefusal = 'weak_password' | 'username_taken';

export async function createUser(db: Db, user: NewUser): Promise<Result<StaffUser, CreateUserRefusal>> {
  const problem = passwordProblem(user.password, user.username);
  if (problem !== null) return fail('weak_password', PASSWORD_PROBLEMS[problem]);
  const passwordHash = await hashPassword(user.password);
  try {
    const { rows } = await db.query<{ id: string }>('INSERT INTO hq_users (username, display_name, role, password_hash) VALUES ($1, $2, $3, $4) RETURNING id', [
      user.username,
      user.displayName,
      user.role,
      passwordHash,
    ]);
    const id = rows[0]?.id;
    if (id === undefined) throw new Error('INSERT returned no row');
    return ok({ id, username: user.username, displayName: user.displayName, role: user.role });
  } catch (error) {
    if (isUniqueViolation(error)) return fail('username_taken');
    throw error;
  }
}

/** Disables the account and revokes its sessions in one statement; false if there is no such (enabled) user. */
export async function disableUser(db: Db, username: string): Promise<boolean> {
  const { rows } = await db.query<{ id: string }>(
    `WITH disabled AS (UPDATE hq_users SET disabled_at = now() WHERE username = $1 AND disabled_at IS NULL RETURNING id),
          revoked AS (UPDATE hq_sessions SET revoked_at = now() WHERE user_id IN (SELECT id FROM disabled) AND revoked_at IS NULL)
     SELECT id FROM disabled`,
    [username],
  );
  return rows.length === 1;
}

export interface SignInCandidate extends StaffUser {
  readonly passwordHash: string;
}

/** An enabled user by username, with the hash to check; undefined for unknown or disabled. */
export async function userForSignIn(db: Db, username: string): Promise<SignInCandidate | undefined> {
  const { rows } = await db.query<{ id: string; username: string; display_name: string; role: Role; password_hash: string }>(
    'SELECT id, username, display_name, role, password_hash FROM hq_users WHERE username = $1 AND disabled_at IS NULL',
    [username],
  );
  const row = rows[0];
  return row === undefined ? undefined : { id: row.id, username: row.username, displayName: row.display_name, role: row.role, passwordHash: row.password_hash };
}
