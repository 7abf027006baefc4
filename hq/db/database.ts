import type { Logger } from 'pino';
import { openEmbeddedDatabase } from './embedded';
import { createPool, type Db } from './pool';

export interface Database {
  readonly db: Db;
  /** Includes the password: for opening further pools, never for printing. */
  readonly connectionString: string;
  /** For the startup banner; never includes a password. */
  readonly description: string;
  /** Ends the pool, then stops PostgreSQL if this process started it. */
  close(): Promise<void>;
}

/** `DATABASE_URL` → a plain pool; otherwise the embedded PostgreSQL in `<dataDir>/pg`. */
export async function openDatabase(options: { databaseUrl: string | undefined; dataDir: string }, log: Logger): Promise<Database> {
  if (options.databaseUrl !== undefined) {
    const db = createPool(options.databaseUrl, log);
    const url = new URL(options.databaseUrl);
    return { db, connectionString: options.databaseUrl, description: `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`, close: () => db.end() };
  }
  const embedded = await openEmbeddedDatabase(options.dataDir, log);
  const db = createPool(embedded.connectionString, log);
  const port = new URL(embedded.connectionString).port;
  let closing: Promise<void> | undefined;
  return {
    db,
    connectionString: embedded.connectionString,
    description: `embedded PostgreSQL on 127.0.0.1:${port}${embedded.owned ? '' : ' (shared with the running HQ)'}`,
    close: () => {
      closing ??= db.end().finally(() => embedded.stop());
      return closing;
    },
  };
}
