import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { BundleLimits } from '../shared/bundle/index';
import type { HqConfig } from './config';
import { openDatabase, type Database } from './db/database';
import { migrate } from './db/migrate';
import { loadOrCreateKeys, type HqKeys } from './keys';
import { MIGRATIONS_DIR } from './migrations-dir';
import { publishDefaults } from './published';
import { buildServer } from './server';
import { defaultWorkspaceDir, loadWorkspace } from './workspace';

/** Parts uploaded for a bundle that never came are kept this long (docs/0008 decision 8). */
export const STAGED_PART_DAYS = 7;

export async function sweepStagedParts(database: Database): Promise<number> {
  const result = await database.db.query(`DELETE FROM staged_parts WHERE received_at < now() - make_interval(days => $1)`, [STAGED_PART_DAYS]);
  return result.rowCount ?? 0;
}

/** The database, migrated: what every command needs. Closes it again if migration fails. */
export async function openMigratedDatabase(config: Pick<HqConfig, 'databaseUrl' | 'dataDir'>, log: Logger, migrationsDir = MIGRATIONS_DIR): Promise<Database> {
  const database = await openDatabase(config, log);
  try {
    await migrate(database.db, migrationsDir, log);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

export interface RunningHq {
  readonly server: FastifyInstance;
  readonly database: Database;
  readonly keys: HqKeys;
  /** http://host:port as actually bound (port 0 → the chosen one). */
  readonly url: string;
  /** Whether the HQ review workspace is served at `url`/ (the renderer was built). */
  readonly workspace: boolean;
  close(): Promise<void>;
}

/** Database, migrations, keys, first-start publication, then the HTTP server. */
export async function startHq(config: HqConfig, log: Logger, options: { limits?: BundleLimits } = {}): Promise<RunningHq> {
  const database = await openMigratedDatabase(config, log);
  let server: FastifyInstance | undefined;
  try {
    const { keys, created, wrapped } = await loadOrCreateKeys(config.dataDir, config.keyPassphrase);
    log.info({ keyId: keys.public.encryptionKeyId, created, passphraseProtected: wrapped }, created ? 'HQ keys generated' : 'HQ keys loaded');
    await publishDefaults(database.db, log);
    const swept = await sweepStagedParts(database);
    if (swept > 0) log.info({ swept }, 'stale staged parts removed');
    const sweeper = setInterval(() => {
      sweepStagedParts(database).catch((error: unknown) => log.warn({ err: { message: (error as Error).message } }, 'staged part sweep failed'));
    }, 3_600_000);
    sweeper.unref();

    const workspace = await loadWorkspace(config.workspaceDir ?? defaultWorkspaceDir());
    if (workspace === undefined) log.warn({ dir: config.workspaceDir ?? null }, 'HQ workspace not built (npm run build:renderer): serving the API only');
    server = await buildServer({ db: database.db, keys, log, publicUrl: config.publicUrl, workspace, deviceRateLimits: config.deviceRateLimits, trustProxy: config.trustProxy, ...(options.limits ? { limits: options.limits } : {}) });
    await server.listen({ host: config.host, port: config.port });
    const address = server.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    const running = server;
    let closing: Promise<void> | undefined;
    return {
      server: running,
      database,
      keys,
      url: `http://${host}:${port}`,
      workspace: workspace !== undefined,
      close: () => {
        closing ??= (async () => {
          clearInterval(sweeper);
          await running.close();
          await database.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await server?.close();
    await database.close();
    throw error;
  }
}
