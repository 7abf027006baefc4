import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { DEFAULT_DEVICE_RATE_LIMITS, type DeviceRateLimits } from './rate-limit';

const LogLevel = z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

const Env = z.object({
  HQ_HOST: z.string().min(1).default('127.0.0.1'),
  HQ_PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HQ_DATA_DIR: z.string().min(1).default('./var/hq'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  HQ_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  LOG_LEVEL: LogLevel.default('info'),
  HQ_KEY_PASSPHRASE: z.string().min(8, 'must be at least 8 characters').optional(),
  HQ_WORKSPACE_DIR: z.string().min(1).optional(),
  // Requests a second (0 = no limit) and burst size, per device token and per client address (hq/rate-limit.ts).
  HQ_DEVICE_RATE: z.coerce.number().min(0).default(DEFAULT_DEVICE_RATE_LIMITS.device.perSecond),
  HQ_DEVICE_BURST: z.coerce.number().int().min(1).default(DEFAULT_DEVICE_RATE_LIMITS.device.burst),
  HQ_IP_RATE: z.coerce.number().min(0).default(DEFAULT_DEVICE_RATE_LIMITS.address.perSecond),
  HQ_IP_BURST: z.coerce.number().int().min(1).default(DEFAULT_DEVICE_RATE_LIMITS.address.burst),
  // The reverse proxies whose X-Forwarded-For is believed: addresses or CIDR ranges, comma-separated.
  HQ_TRUST_PROXY: z
    .string()
    .regex(/^[0-9a-fA-F:./]+(\s*,\s*[0-9a-fA-F:./]+)*$/, 'must be addresses or CIDR ranges separated by commas')
    .optional(),
});

export interface HqConfig {
  readonly host: string;
  readonly port: number;
  /** Absolute path; holds `pg/` (embedded PostgreSQL) and `keys/`. */
  readonly dataDir: string;
  /** External PostgreSQL; when absent, HQ runs its own embedded one in `<dataDir>/pg`. */
  readonly databaseUrl: string | undefined;
  readonly publicUrl: string | undefined;
  readonly logLevel: z.infer<typeof LogLevel>;
  readonly keyPassphrase: string | undefined;
  /** The built renderer served as the HQ workspace; default: found next to the HQ bundle (hq/workspace.ts). */
  readonly workspaceDir: string | undefined;
  /** Request rate limits on the device API (HQ_DEVICE_RATE/BURST, HQ_IP_RATE/BURST). */
  readonly deviceRateLimits: DeviceRateLimits;
  /**
   * HQ_TRUST_PROXY: the proxies allowed to name the client in X-Forwarded-For
   * (Fastify's `trustProxy`), so per-address limits see devices, not the proxy.
   * Never `true`: then any client could claim any address.
   */
  readonly trustProxy: readonly string[] | undefined;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/** Empty values count as unset, so `DATABASE_URL=` in a .env file means "embedded". */
function nonEmpty(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== '') out[key] = value;
  return out;
}

const trustedProxies = (value: string | undefined): readonly string[] | undefined => value?.split(',').map((part) => part.trim());

/** Validates the environment; throws ConfigError naming every bad variable. */
export function parseConfig(env: Readonly<Record<string, string | undefined>>, cwd: string = process.cwd()): HqConfig {
  const parsed = Env.safeParse(nonEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid HQ configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    host: e.HQ_HOST,
    port: e.HQ_PORT,
    dataDir: resolve(cwd, e.HQ_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: e.HQ_PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    keyPassphrase: e.HQ_KEY_PASSPHRASE,
    workspaceDir: e.HQ_WORKSPACE_DIR === undefined ? undefined : resolve(cwd, e.HQ_WORKSPACE_DIR),
    deviceRateLimits: {
      device: { perSecond: e.HQ_DEVICE_RATE, burst: e.HQ_DEVICE_BURST },
      address: { perSecond: e.HQ_IP_RATE, burst: e.HQ_IP_BURST },
    },
    trustProxy: trustedProxies(e.HQ_TRUST_PROXY),
  };
}

/** Reads `.env` from the working directory into process.env (real env vars win), then validates. */
export function loadConfig(cwd: string = process.cwd()): HqConfig {
  const envFile = resolve(cwd, '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env, cwd);
}
