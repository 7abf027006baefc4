import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR } from '../migrations-dir';
import { silentLog, tempDataDir } from '../test-support';
import { openDatabase, type Database } from './database';
import { migrate, MigrationError, readMigrations } from './migrate';
import { createPool } from './pool';

const log = silentLog();
let dataDir: string;
let database: Database;

beforeAll(async () => {
  dataDir = await tempDataDir();
  database = await openDatabase({ databaseUrl: undefined, dataDir }, log);
}, 60_000);
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A fresh, empty schema first on the search path (much faster than a database), so each test starts from nothing. */
async function freshDatabase(name: string): Promise<{ url: string }> {
  await database.db.query(`CREATE SCHEMA ${name}`);
  const url = new URL(database.connectionString);
  url.searchParams.set('options', `-c search_path=${name}`);
  return { url: url.toString() };
}

async function copyOfMigrations(): Promise<string> {
  const dir = join(dataDir, `migrations-${Math.random().toString(36).slice(2)}`);
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

/** The shipped migrations' versions; test migrations are numbered after them (900). */
const shipped = async (): Promise<number[]> => (await readMigrations(MIGRATIONS_DIR)).map((m) => m.version);

describe('migrate', () => {
  it('applies every migration once; running again applies nothing', async () => {
    const versions = await shipped();
    expect(versions.slice(0, 4)).toEqual([1, 2, 3, 4]);
    expect((await migrate(database.db, MIGRATIONS_DIR, log)).applied).toEqual(versions);
    expect((await migrate(database.db, MIGRATIONS_DIR, log)).applied).toEqual([]);
    const { rows } = await database.db.query<{ version: number; name: string }>('SELECT version, name FROM schema_migrations ORDER BY version');
    expect(rows.slice(0, 4)).toEqual([
      { version: 1, name: 'initial' },
      { version: 2, name: 'users_and_sessions' },
      { version: 3, name: 'review_and_decisions' },
      { version: 4, name: 'query_columns' },
    ]);
    expect(rows.map((r) => r.version)).toEqual(versions);
  });

  it('applies a new migration in order, and refuses to start when an applied one changed or is unknown', async () => {
    const { url } = await freshDatabase('checksums');
    const pool = createPool(url, log);
    try {
      const dir = await copyOfMigrations();
      await writeFile(join(dir, '900_extra.sql'), 'CREATE TABLE extra (id integer);');
      expect((await migrate(pool, dir, log)).applied).toEqual([...(await shipped()), 900]);

      await writeFile(join(dir, '900_extra.sql'), 'CREATE TABLE extra (id bigint);');
      await expect(migrate(pool, dir, log)).rejects.toThrow(/Migration 900 \(extra\) was changed after it was applied/);
      await rm(join(dir, '900_extra.sql'));
      await expect(migrate(pool, dir, log)).rejects.toThrow(MigrationError);
      await expect(migrate(pool, dir, log)).rejects.toThrow(/does not know/);
    } finally {
      await pool.end();
    }
  });

  it('rolls back a failing migration completely', async () => {
    const { url } = await freshDatabase('failing');
    const pool = createPool(url, log);
    try {
      const dir = await copyOfMigrations();
      await writeFile(join(dir, '900_bad.sql'), 'CREATE TABLE half (id integer); SELECT no_such_function();');
      await expect(migrate(pool, dir, log)).rejects.toThrow(/Migration 900 \(bad\) failed/);
      const { rows } = await pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version');
      expect(rows.map((r) => r.version)).toEqual(await shipped());
      const half = await pool.query("SELECT 1 FROM pg_tables WHERE tablename = 'half'");
      expect(half.rowCount).toBe(0);
    } finally {
      await pool.end();
    }
  });

  it('lets two instances start at once: the advisory lock makes one wait, and each migration runs once', async () => {
    const { url } = await freshDatabase('racing');
    const [a, b] = [createPool(url, log), createPool(url, log)];
    try {
      const results = await Promise.all([migrate(a, MIGRATIONS_DIR, log), migrate(b, MIGRATIONS_DIR, log)]);
      expect(results.map((r) => r.applied).sort()).toEqual([[], await shipped()]);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });
});

describe('embedded PostgreSQL', () => {
  it('attaches to the postmaster already serving the data dir instead of starting a second one', async () => {
    const second = await openDatabase({ databaseUrl: undefined, dataDir }, log);
    try {
      expect(second.description).toMatch(/shared with the running HQ/);
      const { rows } = await second.db.query<{ n: number }>('SELECT 1 AS n');
      expect(rows).toEqual([{ n: 1 }]);
    } finally {
      await second.close();
    }
    // Closing the attached one must not stop the owner's server.
    const { rows } = await database.db.query<{ n: number }>('SELECT 2 AS n');
    expect(rows).toEqual([{ n: 2 }]);
  });
});
