import pg from 'pg';
import type { Logger } from 'pino';

export type Db = pg.Pool;
export type DbClient = pg.PoolClient;

/** PostgreSQL's SQLSTATE for a unique-constraint violation. */
export const UNIQUE_VIOLATION = '23505';

export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && (error as Error & { code?: unknown }).code === UNIQUE_VIOLATION;
}

export function createPool(connectionString: string, log: Logger, max = 10): Db {
  const pool = new pg.Pool({ connectionString, max, application_name: 'inspection-kit-hq' });
  // An idle client can die when the server restarts or shuts down first (Ctrl-C
  // reaches PostgreSQL too); without a listener that would crash the process.
  pool.on('error', (error) => log.warn({ err: { message: error.message } }, 'idle database connection lost'));
  return pool;
}

/** Runs `work` in one transaction; rolls back and rethrows on any error. */
export async function withTransaction<T>(db: Db, work: (client: DbClient) => Promise<T>): Promise<T> {
  const client = await db.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
