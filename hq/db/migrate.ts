import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Db } from './pool';

export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
  readonly checksum: string;
}

export class MigrationError extends Error {
  override readonly name = 'MigrationError';
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Any constant shared by every HQ instance: the key of the migration advisory lock. */
const MIGRATION_LOCK = 0x494b4851; // "IKHQ"

export async function readMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE.exec(file);
    if (match === null) throw new MigrationError(`Migration file name must look like 001_name.sql: ${file}`);
    const sql = await readFile(join(dir, file), 'utf8');
    const version = Number.parseInt(match[1] ?? '', 10);
    if (migrations.some((m) => m.version === version)) throw new MigrationError(`Two migrations share version ${version}`);
    migrations.push({ version, name: match[2] ?? '', sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

interface AppliedRow {
  version: number;
  name: string;
  checksum: string;
}

/**
 * Applies pending migrations in order, each in its own transaction, under an
 * advisory lock so two HQ instances starting together do not race. Refuses to
 * run when an applied migration's file changed or is gone: the schema would no
 * longer be what the code expects.
 */
export async function migrate(db: Db, dir: string, log: Logger): Promise<{ applied: number[] }> {
  const migrations = await readMigrations(dir);
  const client = await db.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      name text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<AppliedRow>('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
    for (const row of rows) {
      const known = migrations.find((m) => m.version === row.version);
      if (known === undefined) {
        throw new MigrationError(`The database has migration ${row.version} (${row.name}), which this HQ version does not know. Upgrade HQ.`);
      }
      if (known.checksum !== row.checksum) {
        throw new MigrationError(
          `Migration ${row.version} (${row.name}) was changed after it was applied (checksum differs). Restore the original file; add a new migration instead.`,
        );
      }
    }
    const done = new Set(rows.map((row) => row.version));
    const applied: number[] = [];
    for (const migration of migrations) {
      if (done.has(migration.version)) continue;
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
          migration.version,
          migration.name,
          migration.checksum,
        ]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw new MigrationError(`Migration ${migration.version} (${migration.name}) failed: ${(error as Error).message}`, { cause: error });
      }
      log.info({ version: migration.version, migration: migration.name }, 'migration applied');
      applied.push(migration.version);
    }
    return { applied };
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}
