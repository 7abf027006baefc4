import Dexie, { type Table } from 'dexie';
import { fail, ok, type Result } from '../../../shared/result';
import { DATA_KEY_BYTES } from './data-key';

/**
 * Where the data key lives while the app is locked (docs/0012-data-at-rest.md):
 * wrapped with AES-GCM under a key derived from the inspector's passphrase
 * (PBKDF2-HMAC-SHA256, 600,000 iterations, OWASP 2023), and under a second key
 * derived from a one-time recovery code. Where the OS keychain is usable
 * (Electron `safeStorage` with a real backend), the passphrase wrap is sealed
 * by it too, so a copied profile cannot even be guessed at off the machine.
 *
 * The keyring is its own small database: the field database can only be
 * opened after unlock, since its upgrades read and write sealed records.
 */
export const KEYRING_DB_NAME = 'inspection-kit-keyring';

export const PBKDF2_ITERATIONS = 600_000;
export const MIN_PASSPHRASE_LENGTH = 8;
const SALT_BYTES = 16;
const IV_BYTES = 12;

export interface StoredKeyring {
  readonly id: 'data-key';
  readonly format: 1;
  readonly createdAt: string;
  readonly kdf: { readonly name: 'PBKDF2'; readonly hash: 'SHA-256'; readonly iterations: number; readonly salt: Bytes };
  /** iv ‖ AES-GCM(passphrase key, data key); sealed again by the OS keychain when `osSealed`. */
  readonly passphraseWrap: Bytes;
  readonly osSealed: boolean;
  readonly recovery: { readonly salt: Bytes; readonly wrap: Bytes };
  /** False until the inspector confirms the recovery code was written down; absent counts as confirmed. */
  readonly recoveryConfirmed?: boolean;
  /** Wrong passphrases and recovery codes in a row, and when the last was tried (epoch ms). */
  readonly failures?: { readonly count: number; readonly lastAt: number };
}

/** What the keyring needs from the host: the Bridge's keychain calls. */
export interface SecretProtector {
  protectSecret(plain: Uint8Array): Promise<Result<Uint8Array>>;
  revealSecret(wrapped: Uint8Array): Promise<Result<Uint8Array>>;
}

export type UnlockError = 'no_keyring' | 'wrong_passphrase' | 'wrong_recovery_code' | 'keychain_unavailable' | 'too_many_attempts';

/** Wrong passphrases or codes allowed in a row before each further try waits (30 s, doubling, at most 15 min). */
export const FREE_ATTEMPTS = 5;
const FIRST_WAIT_MS = 30_000;
const LONGEST_WAIT_MS = 15 * 60_000;

/** How long after the last failure the next try must wait; 0 while under FREE_ATTEMPTS. */
export function attemptWaitMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(LONGEST_WAIT_MS, FIRST_WAIT_MS * 2 ** (failures - FREE_ATTEMPTS));
}

class KeyringDatabase extends Dexie {
  declare keyring: Table<StoredKeyring, string>;
  constructor(name: string) {
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ keyring: 'id' });
  }
}

const subtle = (): SubtleCrypto => globalThis.crypto.subtle;
type Bytes = Uint8Array<ArrayBuffer>;
const random = (n: number): Bytes => globalThis.crypto.getRandomValues(new Uint8Array(n));
const encoder = new TextEncoder();

async function passphraseKey(passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function recoveryKey(code: string, salt: Bytes): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', encoder.encode(normalizeRecoveryCode(code)), 'HKDF', false, ['deriveKey']);
  const info = encoder.encode('inspection-kit recovery v1');
  return subtle().deriveKey({ name: 'HKDF', hash: 'SHA-256', salt, info }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

async function wrap(key: CryptoKey, dataKey: Bytes): Promise<Bytes> {
  const iv = random(IV_BYTES);
  const sealed = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv }, key, dataKey));
  const out = new Uint8Array(IV_BYTES + sealed.length);
  out.set(iv);
  out.set(sealed, IV_BYTES);
  return out;
}

async function unwrap(key: CryptoKey, wrapped: Bytes): Promise<Bytes | null> {
  try {
    const plain = new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: wrapped.subarray(0, IV_BYTES) }, key, wrapped.subarray(IV_BYTES)));
    return plain.length === DATA_KEY_BYTES ? plain : null;
  } catch {
    return null;
  }
}

// Crockford base32 without I, L, O, U: nothing to misread on paper.
const RECOVERY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const RECOVERY_LENGTH = 25;

/** 125 random bits, shown as five groups of five. */
export function newRecoveryCode(): string {
  const chars = [...random(RECOVERY_LENGTH)].map((b) => RECOVERY_ALPHABET[b & 31]);
  return Array.from({ length: 5 }, (_, i) => chars.slice(i * 5, i * 5 + 5).join('')).join('-');
}

/** Case, spaces and dashes do not matter; O/I/L typed for 0/1/1 are forgiven. */
export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export interface Keyring {
  exists(): Promise<boolean>;
  /** First run: a new data key, wrapped; returns it with the recovery code to show once. */
  create(passphrase: string): Promise<{ dataKey: Uint8Array; recoveryCode: string; osSealed: boolean }>;
  unlock(passphrase: string): Promise<Result<Uint8Array, UnlockError>>;
  /** Forgotten passphrase: the recovery code opens the key, and a new passphrase wraps it. */
  recover(recoveryCode: string, newPassphrase: string): Promise<Result<Uint8Array, UnlockError>>;
  changePassphrase(current: string, next: string): Promise<Result<null, UnlockError>>;
  /** Whether a recovery code is still waiting to be confirmed as written down. */
  recoveryPending(): Promise<boolean>;
  /**
   * A new recovery code for `dataKey`, replacing the old one: for a code that
   * was never confirmed (the app closed on that screen), since it is not kept.
   */
  renewRecoveryCode(dataKey: Uint8Array): Promise<{ recoveryCode: string; osSealed: boolean }>;
  confirmRecoveryCode(): Promise<void>;
}

export interface KeyringOptions {
  readonly name?: string;
  /** PBKDF2 iterations for new wraps (stored with each wrap); lower only in tests of other behaviour. */
  readonly iterations?: number;
  readonly now?: () => number;
}

export function openKeyring(protector: SecretProtector, options: KeyringOptions = {}): Keyring {
  const { name = KEYRING_DB_NAME, iterations = PBKDF2_ITERATIONS, now = Date.now } = options;
  const db = new KeyringDatabase(name);
  const read = () => db.keyring.get('data-key');

  /**
   * Runs one try of a secret, counting failures in the keyring itself, so a
   * reload does not reset them. Refused without trying while a wait is due.
   */
  async function attempt<T>(stored: StoredKeyring, tryIt: () => Promise<Result<T, UnlockError>>): Promise<Result<T, UnlockError>> {
    const failures = stored.failures ?? { count: 0, lastAt: 0 };
    const waitUntil = failures.lastAt + attemptWaitMs(failures.count);
    if (now() < waitUntil) return fail('too_many_attempts', String(Math.ceil((waitUntil - now()) / 1000)));
    const result = await tryIt();
    const wrong = !result.ok && (result.error.code === 'wrong_passphrase' || result.error.code === 'wrong_recovery_code');
    if (wrong) await db.keyring.update('data-key', { failures: { count: failures.count + 1, lastAt: now() } });
    else if (result.ok && failures.count > 0) await db.keyring.update('data-key', { failures: { count: 0, lastAt: 0 } });
    return result;
  }

  async function sealPassphraseWrap(dataKey: Bytes, passphrase: string, salt: Bytes): Promise<{ passphraseWrap: Bytes; osSealed: boolean }> {
    const wrapped = await wrap(await passphraseKey(passphrase, salt, iterations), dataKey);
    const byOs = await protector.protectSecret(wrapped);
    return byOs.ok ? { passphraseWrap: new Uint8Array(byOs.value), osSealed: true } : { passphraseWrap: wrapped, osSealed: false };
  }

  async function passphraseWrapOf(stored: StoredKeyring): Promise<Result<Bytes, UnlockError>> {
    if (!stored.osSealed) return ok(stored.passphraseWrap);
    const revealed = await protector.revealSecret(stored.passphraseWrap);
    return revealed.ok ? ok(new Uint8Array(revealed.value)) : fail('keychain_unavailable');
  }

  async function openWithPassphrase(stored: StoredKeyring, passphrase: string): Promise<Result<Bytes, UnlockError>> {
    const wrapped = await passphraseWrapOf(stored);
    if (!wrapped.ok) return wrapped;
    const dataKey = await unwrap(await passphraseKey(passphrase, stored.kdf.salt, stored.kdf.iterations), wrapped.value);
    return dataKey === null ? fail('wrong_passphrase') : ok(dataKey);
  }

  async function rewrap(stored: StoredKeyring, dataKey: Bytes, passphrase: string): Promise<void> {
    const salt = random(SALT_BYTES);
    const sealed = await sealPassphraseWrap(dataKey, passphrase, salt);
    await db.keyring.put({ ...stored, kdf: { ...stored.kdf, iterations, salt }, ...sealed });
  }

  return {
    exists: async () => (await read()) !== undefined,

    async create(passphrase) {
      const dataKey = random(DATA_KEY_BYTES);
      const recoveryCode = newRecoveryCode();
      const salt = random(SALT_BYTES);
      const recoverySalt = random(SALT_BYTES);
      const sealed = await sealPassphraseWrap(dataKey, passphrase, salt);
      const recoveryWrap = await wrap(await recoveryKey(recoveryCode, recoverySalt), dataKey);
      await db.transaction('rw', db.keyring, async () => {
        // Two windows set up at once: the first keyring wins, the second must not replace it.
        if (await db.keyring.get('data-key')) throw new Error('keyring exists');
        await db.keyring.add({
          id: 'data-key',
          format: 1,
          createdAt: new Date().toISOString(),
          kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt },
          ...sealed,
          recovery: { salt: recoverySalt, wrap: recoveryWrap },
          recoveryConfirmed: false,
        });
      });
      return { dataKey, recoveryCode, osSealed: sealed.osSealed };
    },

    async unlock(passphrase) {
      const stored = await read();
      return stored ? attempt(stored, () => openWithPassphrase(stored, passphrase)) : fail('no_keyring');
    },

    async recover(recoveryCode, newPassphrase) {
      const stored = await read();
      if (!stored) return fail('no_keyring');
      const opened = await attempt(stored, async () => {
        const dataKey = await unwrap(await recoveryKey(recoveryCode, stored.recovery.salt), stored.recovery.wrap);
        return dataKey === null ? fail('wrong_recovery_code') : ok(dataKey);
      });
      if (!opened.ok) return opened;
      // Typing the code in proves it was kept.
      await rewrap({ ...stored, recoveryConfirmed: true, failures: { count: 0, lastAt: 0 } }, opened.value, newPassphrase);
      return opened;
    },

    recoveryPending: async () => (await read())?.recoveryConfirmed === false,

    async renewRecoveryCode(dataKey) {
      const stored = await read();
      if (!stored) throw new Error('no keyring');
      const recoveryCode = newRecoveryCode();
      const salt = random(SALT_BYTES);
      const recoveryWrap = await wrap(await recoveryKey(recoveryCode, salt), new Uint8Array(dataKey));
      await db.keyring.put({ ...stored, recovery: { salt, wrap: recoveryWrap }, recoveryConfirmed: false });
      return { recoveryCode, osSealed: stored.osSealed };
    },

    async confirmRecoveryCode() {
      await db.keyring.update('data-key', { recoveryConfirmed: true });
    },

    async changePassphrase(current, next) {
      const stored = await read();
      if (!stored) return fail('no_keyring');
      const opened = await attempt(stored, () => openWithPassphrase(stored, current));
      if (!opened.ok) return opened;
      await rewrap({ ...stored, failures: { count: 0, lastAt: 0 } }, opened.value, next);
      opened.value.fill(0);
      return ok(null);
    },
  };
}
