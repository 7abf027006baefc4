import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../hq/db/embedded';

/** The built HQ CLI (`npm run build` makes it). */
export const HQ_ENTRY = fileURLToPath(new URL('../../dist/hq/hq.mjs', import.meta.url));

export interface HqProcess {
  readonly url: string;
  readonly dataDir: string;
  readonly env: NodeJS.ProcessEnv;
  /** Starts (again) on the same port and data dir. */
  start(): Promise<void>;
  /** SIGTERM and wait: the graceful shutdown path. */
  stop(): Promise<void>;
  /** `hq enroll-code --inspector <name>` against the same data dir; returns the code. */
  enrollCode(inspector: string): string;
  /** Runs another CLI command with the same environment. */
  cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string };
  /** Stops and removes the data dir. */
  dispose(): Promise<void>;
}

/** A real HQ process on embedded PostgreSQL in its own temp dir and port. */
export async function startHqProcess(): Promise<HqProcess> {
  if (!existsSync(HQ_ENTRY)) throw new Error('dist/hq/hq.mjs is missing: run `npm run build` first.');
  const root = mkdtempSync(join(tmpdir(), 'ik-hq-e2e-'));
  // PostgreSQL runs as `postgres` (we are root here): it must be able to enter the parent dir.
  chmodSync(root, 0o777);
  const dataDir = join(root, 'hq');
  const port = await freePort();
  const env: NodeJS.ProcessEnv = { ...process.env, HQ_DATA_DIR: dataDir, HQ_PORT: String(port), HQ_HOST: '127.0.0.1', LOG_LEVEL: 'warn' };
  delete env['DATABASE_URL'];
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  let output = '';

  const start = () =>
    new Promise<void>((resolve, reject) => {
      output = '';
      const proc = spawn(process.execPath, [HQ_ENTRY, 'serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      child = proc;
      const timer = setTimeout(() => reject(new Error(`HQ did not start in 60 s:\n${output}`)), 60_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        if (/listening on/i.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      proc.stdout.on('data', onData);
      proc.stderr.on('data', onData);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        if (child === proc) child = undefined;
        reject(new Error(`HQ exited with ${String(code)}:\n${output}`));
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      const proc = child;
      if (!proc || proc.exitCode !== null) {
        resolve();
        return;
      }
      const timer = setTimeout(() => proc.kill('SIGKILL'), 30_000);
      proc.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      proc.kill('SIGTERM');
    });

  const cli = (args: readonly string[]) => {
    const run = spawnSync(process.execPath, [HQ_ENTRY, ...args], { env, encoding: 'utf8', timeout: 60_000 });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr };
  };

  await start();
  return {
    url,
    dataDir,
    env,
    start,
    stop,
    cli,
    enrollCode(inspector) {
      const run = cli(['enroll-code', '--inspector', inspector]);
      const code = /\b[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}\b/.exec(run.stdout)?.[0];
      if (run.status !== 0 || !code) throw new Error(`enroll-code failed (${String(run.status)}):\n${run.stdout}\n${run.stderr}`);
      return code;
    },
    async dispose() {
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
