import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { openMigratedDatabase, startHq } from '../app';
import { ConfigError, parseConfig, type HqConfig } from '../config';
import { MigrationError } from '../db/migrate';
import { issueEnrollmentCode } from '../enrollment';
import { keyFingerprint } from '../../shared/bundle/index';
import { keyFilePath, KeyFileError, loadOrCreateKeys } from '../keys';
import { createLogger } from '../log';
import { HQ_VERSION } from '../version';
import { importBundles, printSummary } from './import';
import { createUserCommand, disableUserCommand } from './users';
import { EXIT, line, UsageError, type CliIo } from './io';

export const USAGE = `Inspection Kit HQ ${HQ_VERSION}

Usage: npm run hq [-- <command> [options]]

Commands:
  serve                              Start the HQ service (the default).
  enroll-code --inspector "<name>" [--ttl-hours 24]
                                     Print a one-time enrollment code for a device.
  import <files or folders...>       Import .ikb bundles (folders are searched recursively).
  keys                               Print HQ's public keys.
  create-user --username <u> --name "<display name>" --role reviewer|approver|admin
                                     Create an HQ staff account. The password comes from
                                     HQ_NEW_PASSWORD or is asked twice on a terminal.
  disable-user --username <u>        Disable an HQ staff account and end its sessions.
  help, --help                       Show this help.

Configuration (environment or .env in the working directory):
  HQ_HOST (127.0.0.1), HQ_PORT (8787), HQ_DATA_DIR (./var/hq), DATABASE_URL (embedded
  PostgreSQL when unset), HQ_PUBLIC_URL, LOG_LEVEL (info), HQ_KEY_PASSPHRASE.
`;

/** Commands other than serve keep stdout for their answer; logs go to stderr and only when they matter. */
const commandLogger = (io: CliIo): Logger => createLogger(io.env.LOG_LEVEL ?? 'warn', io.stderr);

async function enrollCode(config: HqConfig, args: readonly string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { inspector: { type: 'string' }, 'ttl-hours': { type: 'string', default: '24' } }, strict: true });
  const inspector = values.inspector?.trim() ?? '';
  if (inspector.length < 2 || inspector.length > 120) throw new UsageError('--inspector "<full name>" is required (2–120 characters).');
  const ttlHours = Number(values['ttl-hours']);
  if (!Number.isFinite(ttlHours) || ttlHours <= 0 || ttlHours > 720) throw new UsageError('--ttl-hours must be a number of hours between 0 and 720.');
  const database = await openMigratedDatabase(config, commandLogger(io));
  try {
    const { display, expiresAt } = await issueEnrollmentCode(database.db, inspector, ttlHours);
    line(io.stdout, `One-time enrollment code for ${inspector}:`);
    line(io.stdout);
    line(io.stdout, `    ${display}`);
    line(io.stdout);
    line(io.stdout, `Valid until ${expiresAt.toISOString()} (${ttlHours} h). It works once; HQ keeps only its hash.`);
    line(io.stdout, `HQ URL for the app: ${config.publicUrl ?? `http://${config.host}:${config.port}`}`);
    return EXIT.ok;
  } finally {
    await database.close();
  }
}

async function importCommand(config: HqConfig, args: readonly string[], io: CliIo): Promise<number> {
  const { positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder.');
  const log = commandLogger(io);
  const { keys } = await loadOrCreateKeys(config.dataDir, config.keyPassphrase);
  const database = await openMigratedDatabase(config, log);
  try {
    const summary = await importBundles({ db: database.db, keys }, positionals, io);
    printSummary(summary, io);
    return summary.rejected.length === 0 ? EXIT.ok : EXIT.rejected;
  } finally {
    await database.close();
  }
}

async function keysCommand(config: HqConfig, io: CliIo): Promise<number> {
  const { keys, created } = await loadOrCreateKeys(config.dataDir, config.keyPassphrase);
  line(io.stdout, `Key file:               ${keyFilePath(config.dataDir)}${created ? ' (created now)' : ''}`);
  line(io.stdout, `Signing public key:     ${keys.public.signingPublicKey}  (Ed25519, signs receipts)`);
  line(io.stdout, `Encryption public key:  ${keys.public.encryptionPublicKey}  (X25519, bundles are encrypted to it)`);
  line(io.stdout, `Encryption key id:      ${keys.public.encryptionKeyId}`);
  line(io.stdout, `Fingerprint:            ${keyFingerprint(keys.public.signingPublicKey)}  (devices show it after enrollment)`);
  return EXIT.ok;
}

async function serve(config: HqConfig, io: CliIo, onStarted: (close: () => Promise<void>) => void): Promise<number> {
  const log = createLogger(config.logLevel, io.stdout);
  const hq = await startHq(config, log);
  line(io.stdout, `Inspection Kit HQ listening on ${hq.url}`);
  line(
    io.stdout,
    hq.workspace
      ? `HQ review workspace: ${config.publicUrl ?? hq.url}/ (staff accounts: npm run hq -- create-user)`
      : 'HQ review workspace: not built; run npm run build:renderer and restart',
  );
  line(io.stdout, `Data dir: ${config.dataDir} (${hq.database.description})`);
  line(io.stdout, `HQ key fingerprint: ${keyFingerprint(hq.keys.public.signingPublicKey)} (devices show it after enrollment)`);
  if (config.publicUrl !== undefined) line(io.stdout, `Public URL: ${config.publicUrl}`);
  onStarted(() => hq.close());
  return EXIT.ok;
}

export interface RunOptions {
  /** serve only: receives the close function once listening (the entry wires signals to it). */
  readonly onServing?: (close: () => Promise<void>) => void;
}

/** Runs one command; returns the exit code. Never calls process.exit (the entry does). */
export async function runCli(argv: readonly string[], io: CliIo, options: RunOptions = {}): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') {
    io.stdout.write(USAGE);
    return EXIT.ok;
  }
  try {
    const config = parseConfig(io.env, io.cwd);
    switch (command) {
      case 'serve':
        return await serve(config, io, options.onServing ?? (() => undefined));
      case 'enroll-code':
        return await enrollCode(config, rest, io);
      case 'import':
        return await importCommand(config, rest, io);
      case 'keys':
        return await keysCommand(config, io);
      case 'create-user':
        return await createUserCommand(rest, io, () => openMigratedDatabase(config, commandLogger(io)));
      case 'disable-user':
        return await disableUserCommand(rest, io, () => openMigratedDatabase(config, commandLogger(io)));
      default:
        line(io.stderr, `Unknown command: ${command}`);
        io.stderr.write(USAGE);
        return EXIT.usage;
    }
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: unknown }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      line(io.stderr, (error as Error).message);
      io.stderr.write(USAGE);
      return EXIT.usage;
    }
    if (error instanceof ConfigError || error instanceof KeyFileError) {
      line(io.stderr, error.message);
      return EXIT.config;
    }
    if (error instanceof MigrationError) {
      line(io.stderr, error.message);
      return EXIT.software;
    }
    throw error;
  }
}
