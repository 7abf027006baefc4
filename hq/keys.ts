import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt as scryptCallback, webcrypto } from 'node:crypto';
import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import type { HqPublicKeys } from '../shared/bundle/types';
import type { SealKey } from '../shared/seal/subtle';

/**
 * HQ's two long-lived keys: Ed25519 signs receipts (devices pin its public half
 * at enrollment), X25519 opens bundles. Generated on first run, kept in
 * `<dataDir>/keys/hq-keys.json` (0600 in a 0700 dir), optionally wrapped with a
 * passphrase. An existing file is never overwritten: losing the X25519 key
 * would make every bundle encrypted to it unreadable.
 */
export const KEY_FILE_FORMAT = 'inspection-kit/hq-keys/v1';

export interface HqKeys {
  readonly public: HqPublicKeys;
  readonly signingPrivateKey: SealKey;
  /** X25519, usage `deriveBits`. */
  readonly encryptionPrivateKey: SealKey;
}

export class KeyFileError extends Error {
  override readonly name = 'KeyFileError';
}

const B64 = z.string().regex(/^[A-Za-z0-9_-]+$/);
const PrivateKeys = z.strictObject({ signing: B64, encryption: B64 });
const Wrapped = z.strictObject({
  kdf: z.literal('scrypt'),
  N: z.number().int().positive(),
  r: z.number().int().positive(),
  p: z.number().int().positive(),
  salt: B64,
  cipher: z.literal('aes-256-gcm'),
  iv: B64,
  tag: B64,
  ciphertext: B64,
});
const KeyFile = z.strictObject({
  format: z.literal(KEY_FILE_FORMAT),
  createdAt: z.string(),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  signingPublicKey: B64,
  encryptionPublicKey: B64,
  /** pkcs8, base64url — exactly one of these two is present. */
  privateKeys: PrivateKeys.optional(),
  wrappedPrivateKeys: Wrapped.optional(),
});
type KeyFile = z.infer<typeof KeyFile>;

const SCRYPT = { N: 1 << 15, r: 8, p: 1 } as const;
const subtle = webcrypto.subtle;
const scrypt = promisify(scryptCallback) as (password: string, salt: Buffer, keylen: number, options: object) => Promise<Buffer>;

const b64 = (bytes: ArrayBuffer | Uint8Array): string => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('base64url');
const unb64 = (text: string): Buffer => Buffer.from(text, 'base64url');

/** First 16 hex digits of SHA-256 of the raw X25519 public key: what a manifest's recipientKeyId names. */
export function keyIdOf(encryptionPublicKeyRaw: Uint8Array): string {
  return createHash('sha256').update(encryptionPublicKeyRaw).digest('hex').slice(0, 16);
}

async function deriveWrappingKey(passphrase: string, salt: Buffer, params: { N: number; r: number; p: number }): Promise<Buffer> {
  return scrypt(passphrase, salt, 32, { N: params.N, r: params.r, p: params.p, maxmem: 128 * params.N * params.r * 2 });
}

async function wrap(keys: z.infer<typeof PrivateKeys>, passphrase: string, aad: string): Promise<z.infer<typeof Wrapped>> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveWrappingKey(passphrase, salt, SCRYPT), iv);
  cipher.setAAD(Buffer.from(aad));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(keys), 'utf8'), cipher.final()]);
  return { kdf: 'scrypt', ...SCRYPT, salt: b64(salt), cipher: 'aes-256-gcm', iv: b64(iv), tag: b64(cipher.getAuthTag()), ciphertext: b64(ciphertext) };
}

async function unwrap(wrapped: z.infer<typeof Wrapped>, passphrase: string, aad: string): Promise<z.infer<typeof PrivateKeys>> {
  const key = await deriveWrappingKey(passphrase, unb64(wrapped.salt), wrapped);
  const decipher = createDecipheriv('aes-256-gcm', key, unb64(wrapped.iv));
  decipher.setAAD(Buffer.from(aad));
  decipher.setAuthTag(unb64(wrapped.tag));
  let plain: string;
  try {
    plain = Buffer.concat([decipher.update(unb64(wrapped.ciphertext)), decipher.final()]).toString('utf8');
  } catch {
    throw new KeyFileError('Wrong HQ_KEY_PASSPHRASE: the HQ key file could not be unlocked.');
  }
  return PrivateKeys.parse(JSON.parse(plain));
}

async function importKeys(file: KeyFile, privateKeys: z.infer<typeof PrivateKeys>): Promise<HqKeys> {
  const signingPrivateKey = await subtle.importKey('pkcs8', unb64(privateKeys.signing), { name: 'Ed25519' }, false, ['sign']);
  const encryptionPrivateKey = await subtle.importKey('pkcs8', unb64(privateKeys.encryption), { name: 'X25519' }, false, ['deriveBits']);
  return {
    public: { signingPublicKey: file.signingPublicKey, encryptionPublicKey: file.encryptionPublicKey, encryptionKeyId: file.keyId },
    signingPrivateKey: signingPrivateKey as unknown as SealKey,
    encryptionPrivateKey: encryptionPrivateKey as unknown as SealKey,
  };
}

/** The public halves in the file belong to the private ones: a receipt signed now must verify on the device. */
async function halvesMatch(file: KeyFile, keys: HqKeys): Promise<boolean> {
  const probe = randomBytes(32);
  const signingPublic = await subtle.importKey('raw', unb64(file.signingPublicKey), { name: 'Ed25519' }, false, ['verify']);
  const signature = await subtle.sign({ name: 'Ed25519' }, keys.signingPrivateKey as unknown as webcrypto.CryptoKey, probe);
  if (!(await subtle.verify({ name: 'Ed25519' }, signingPublic, signature, probe))) return false;
  const encryptionPublic = await subtle.importKey('raw', unb64(file.encryptionPublicKey), { name: 'X25519' }, false, []);
  const other = (await subtle.generateKey({ name: 'X25519' }, false, ['deriveBits'])) as webcrypto.CryptoKeyPair;
  const ours = await subtle.deriveBits({ name: 'X25519', public: other.publicKey }, keys.encryptionPrivateKey as unknown as webcrypto.CryptoKey, 256);
  const theirs = await subtle.deriveBits({ name: 'X25519', public: encryptionPublic }, other.privateKey, 256);
  return Buffer.from(ours).equals(Buffer.from(theirs));
}

async function generate(passphrase: string | undefined): Promise<{ file: KeyFile; keys: HqKeys }> {
  const signing = (await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const encryption = (await subtle.generateKey({ name: 'X25519' }, true, ['deriveBits'])) as webcrypto.CryptoKeyPair;
  const encryptionPublicRaw = new Uint8Array(await subtle.exportKey('raw', encryption.publicKey));
  const privateKeys = {
    signing: b64(await subtle.exportKey('pkcs8', signing.privateKey)),
    encryption: b64(await subtle.exportKey('pkcs8', encryption.privateKey)),
  };
  const keyId = keyIdOf(encryptionPublicRaw);
  const base = {
    format: KEY_FILE_FORMAT,
    createdAt: new Date().toISOString(),
    keyId,
    signingPublicKey: b64(await subtle.exportKey('raw', signing.publicKey)),
    encryptionPublicKey: b64(encryptionPublicRaw),
  } as const;
  const file: KeyFile = passphrase === undefined ? { ...base, privateKeys } : { ...base, wrappedPrivateKeys: await wrap(privateKeys, passphrase, keyId) };
  return { file, keys: await importKeys(file, privateKeys) };
}

export const keyFilePath = (dataDir: string): string => join(dataDir, 'keys', 'hq-keys.json');

async function readKeyFile(path: string): Promise<KeyFile | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new KeyFileError(`Cannot read the HQ key file ${path} (${code ?? 'error'}). Fix its permissions; HQ will not create new keys over it.`);
  }
  try {
    const file = KeyFile.parse(JSON.parse(text));
    if ((file.privateKeys === undefined) === (file.wrappedPrivateKeys === undefined)) throw new Error('private keys');
    return file;
  } catch {
    throw new KeyFileError(`The HQ key file ${path} is corrupt. Restore it from a backup; HQ will not create new keys over it.`);
  }
}

/** Writes via a temp file and rename, so a crash never leaves half a key file. */
async function writeKeyFile(path: string, file: KeyFile): Promise<void> {
  const dir = join(path, '..');
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  await writeFile(temp, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  await rename(temp, path);
}

/** Loads HQ's keys, generating them on first run. Throws KeyFileError with a message for the admin. */
export async function loadOrCreateKeys(dataDir: string, passphrase: string | undefined): Promise<{ keys: HqKeys; created: boolean; wrapped: boolean }> {
  const path = keyFilePath(dataDir);
  const existing = await readKeyFile(path);
  if (existing === undefined) {
    const { file, keys } = await generate(passphrase);
    await writeKeyFile(path, file);
    return { keys, created: true, wrapped: passphrase !== undefined };
  }
  let privateKeys = existing.privateKeys;
  if (existing.wrappedPrivateKeys !== undefined) {
    if (passphrase === undefined) throw new KeyFileError(`The HQ key file ${path} is protected by a passphrase: set HQ_KEY_PASSPHRASE.`);
    privateKeys = await unwrap(existing.wrappedPrivateKeys, passphrase, existing.keyId);
  }
  if (privateKeys === undefined) throw new KeyFileError(`The HQ key file ${path} is corrupt.`);
  try {
    const keys = await importKeys(existing, privateKeys);
    if (keyIdOf(unb64(existing.encryptionPublicKey)) !== existing.keyId || !(await halvesMatch(existing, keys))) throw new Error('mismatch');
    return { keys, created: false, wrapped: existing.wrappedPrivateKeys !== undefined };
  } catch {
    throw new KeyFileError(`The HQ key file ${path} is corrupt (a key does not import). Restore it from a backup.`);
  }
}
