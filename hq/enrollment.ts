import { randomUUID } from 'node:crypto';
import { fail, ok, type Result } from '../shared/result';
import { isUniqueViolation, withTransaction, type Db } from './db/pool';
import { enrollmentCodeHash, newDeviceToken, newEnrollmentCode } from './tokens';

export type EnrollmentError = 'unknown_code' | 'code_used' | 'code_expired' | 'public_key_in_use';

export interface IssuedCode {
  /** XXXX-XXXX-XXXX; shown once, never stored. */
  readonly display: string;
  readonly expiresAt: Date;
}

export async function issueEnrollmentCode(db: Db, inspectorName: string, ttlHours: number, now = new Date()): Promise<IssuedCode> {
  const { code, display } = newEnrollmentCode();
  const expiresAt = new Date(now.getTime() + ttlHours * 3_600_000);
  await db.query('INSERT INTO enrollment_codes (code_hash, inspector_name, created_at, expires_at) VALUES ($1, $2, $3, $4)', [
    enrollmentCodeHash(code),
    inspectorName,
    now,
    expiresAt,
  ]);
  return { display, expiresAt };
}

export interface Enrolled {
  readonly deviceId: string;
  readonly token: string;
  readonly inspectorName: string;
}

interface CodeRow {
  id: string;
  inspector_name: string;
  expires_at: Date;
  used_at: Date | null;
}

/**
 * Redeems a one-time code for a device. The code row is locked (FOR UPDATE) and
 * marked used in the transaction that creates the device, so two devices racing
 * with one code cannot both succeed: the second sees it used.
 */
export async function enrollDevice(
  db: Db,
  input: { code: string; publicKey: string; deviceName?: string | undefined; appVersion?: string | undefined },
): Promise<Result<Enrolled, EnrollmentError>> {
  try {
    return await withTransaction(db, async (client) => {
      const { rows } = await client.query<CodeRow>(
        'SELECT id, inspector_name, expires_at, used_at FROM enrollment_codes WHERE code_hash = $1 FOR UPDATE',
        [enrollmentCodeHash(input.code)],
      );
      const row = rows[0];
      if (row === undefined) return fail('unknown_code');
      if (row.used_at !== null) return fail('code_used');
      if (row.expires_at.getTime() <= Date.now()) return fail('code_expired');
      const deviceId = randomUUID();
      const { token, hash } = newDeviceToken();
      await client.query(
        'INSERT INTO devices (id, public_key, inspector_name, device_name, app_version, token_hash) VALUES ($1, $2, $3, $4, $5, $6)',
        [deviceId, input.publicKey, row.inspector_name, input.deviceName ?? null, input.appVersion ?? null, hash],
      );
      await client.query('UPDATE enrollment_codes SET used_at = now(), device_id = $1 WHERE id = $2', [deviceId, row.id]);
      return ok({ deviceId, token, inspectorName: row.inspector_name });
    });
  } catch (error) {
    // The only unique column a new device can collide on with overwhelming odds is its public key.
    if (isUniqueViolation(error)) return fail('public_key_in_use');
    throw error;
  }
}
