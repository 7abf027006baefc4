/**
 * `npm run hq [-- command]`: the entry esbuild bundles into dist/hq/hq.mjs.
 * Reads `.env` from the working directory (real environment variables win).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT } from './cli/io';
import { runCli } from './cli/run';

/** Anything the commands do not explain themselves (PostgreSQL would not start, the port is taken…). */
function fatal(error: unknown): number {
  const err = error as Error & { cause?: unknown };
  process.stderr.write(`HQ failed: ${err.message}\n`);
  if (err.cause instanceof Error) process.stderr.write(`  cause: ${err.cause.message}\n`);
  return EXIT.software;
}

const cwd = process.cwd();
const envFile = resolve(cwd, '.env');
if (existsSync(envFile)) process.loadEnvFile(envFile);

let closing = false;
const state = { serving: false };
const code = await runCli(process.argv.slice(2), { env: process.env, cwd, stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }, {
  onServing: (close) => {
    state.serving = true;
    const shutdown = (signal: NodeJS.Signals): void => {
      if (closing) {
        // A second Ctrl-C: stop waiting for open requests.
        process.exit(1);
      }
      closing = true;
      process.stdout.write(`${signal}: shutting down\n`);
      close().then(
        () => process.exit(0),
        (error: unknown) => {
          process.stderr.write(`Shutdown failed: ${(error as Error).message}\n`);
          process.exit(1);
        },
      );
    };
    process.on('SIGINT', shutdown);
    process.on('SIGTERM', shutdown);
  },
}).catch(fatal);
// serve keeps running on its open server until a signal; every other command is done.
if (!state.serving) process.exit(code);
