import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * HQ staff passwords: scrypt (node:crypto) with N=2^15, r=8, p=1 (OWASP's
 * minimum for scrypt), a 16-byte salt and a 32-byte key, stored as
 * `scrypt$N$r$p$saltB64$hashB64` so the cost can be raised later without
 * breaking existing hashes.
 */
const COST = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const KEY_BYTES = 32;
export const MIN_PASSWORD_LENGTH = 12;
/** scrypt reads the whole password; a megabyte of it would be a cheap denial of service. */
export const MAX_PASSWORD_LENGTH = 1024;
/** What one hash of a stored row may cost at most: a tampered row must not make sign-in allocate gigabytes. */
const MAX_STORED = { N: 2 ** 20, r: 16, p: 4 } as const;

/** scrypt needs 128·N·r bytes; Node's default maxmem (32 MiB) is exactly too small for N=2^15, r=8. */
const maxmemFor = (N: number, r: number): number => 128 * N * r + 16 * 1024 * 1024;

function scryptAsync(password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password, salt, KEY_BYTES, options, (error, key) => {
      if (error) reject(error);
      else resolve(key);
    });
  });
}

/** The same password typed on a Mac (NFD) and on Windows (NFC) must be the same password. */
const normalise = (password: string): string => password.normalize('NFC');

export type PasswordProblem = 'too_short' | 'too_long' | 'contains_username' | 'one_character';

/** Why a new password is refused, or null. Lengths count characters, not UTF-16 units. */
export function passwordProblem(password: string, username?: string): PasswordProblem | null {
  const characters = Array.from(normalise(password));
  if (password.length > MAX_PASSWORD_LENGTH) return 'too_long';
  if (characters.length < MIN_PASSWORD_LENGTH) return 'too_short';
  if (new Set(characters).size === 1) return 'one_character';
  if (username !== undefined && username.length >= 3 && password.toLowerCase().includes(username.toLowerCase())) return 'contains_username';
  return null;
}

export const PASSWORD_PROBLEMS: Record<PasswordProblem, string> = {
  too_short: `The password must have at least ${MIN_PASSWORD_LENGTH} characters.`,
  too_long: `The password may have at most ${MAX_PASSWORD_LENGTH} characters.`,
  contains_username: 'The password must not contain the username.',
  one_character: 'The password must not be one character repeated.',
};

export async function hashPassword(password: string): Promise<string> {
  const problem = passwordProblem(password);
  if (problem !== null) throw new Error(PASSWORD_PROBLEMS[problem]);
  const salt = randomBytes(SALT_BYTES);
  const key = await scryptAsync(normalise(password), salt, { ...COST, maxmem: maxmemFor(COST.N, COST.r) });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

interface StoredHash {
  readonly N: number;
  readonly r: number;
  readonly p: number;
  readonly salt: Buffer;
  readonly key: Buffer;
}

function parseStored(stored: string): StoredHash | null {
  const [scheme, n, r, p, salt, key, ...rest] = stored.split('$');
  if (scheme !== 'scrypt' || rest.length > 0 || salt === undefined || key === undefined) return null;
  const [N, R, P] = [Number(n), Number(r), Number(p)];
  const powerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  if (!powerOfTwo || N > MAX_STORED.N || !Number.isInteger(R) || R < 1 || R > MAX_STORED.r || !Number.isInteger(P) || P < 1 || P > MAX_STORED.p) return null;
  const parsed = { N, r: R, p: P, salt: Buffer.from(salt, 'base64'), key: Buffer.from(key, 'base64') };
  return parsed.salt.length >= SALT_BYTES && parsed.key.length === KEY_BYTES ? parsed : null;
}

/** Constant-time comparison of the derived key; false for a malformed stored hash or an over-long password. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const parsed = parseStored(stored);
  if (parsed === null || password.length > MAX_PASSWORD_LENGTH) return false;
  const key = await scryptAsync(normalise(password), parsed.salt, { N: parsed.N, r: parsed.r, p: parsed.p, maxmem: maxmemFor(parsed.N, parsed.r) });
  return timingSafeEqual(key, parsed.key);
}

let dummyHash: Promise<string> | undefined;

/**
 * For a sign-in with an unknown (or disabled) username: spend the same scrypt
 * time as a real check, so the answer's timing does not tell which usernames exist.
 */
export async function verifyAgainstDummy(password: string): Promise<false> {
  dummyHash ??= hashPassword(randomBytes(24).toString('base64url'));
  await verifyPassword(await dummyHash, password);
  return false;
}
