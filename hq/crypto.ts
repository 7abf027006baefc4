import { createCipheriv, createDecipheriv, createHash, createPublicKey, diffieHellman, hkdfSync, KeyObject, sign, verify, webcrypto } from 'node:crypto';
import type { BundleCrypto } from '../shared/bundle/index';
import type { SealKey } from '../shared/seal/subtle';

/** Node's WebCrypto, for what is not on the ingest path (key generation and export). */
const webCryptoSubtle = webcrypto.subtle as unknown as BundleCrypto;

/**
 * The codec's crypto slice on Node's OpenSSL bindings directly (docs/0008,
 * decision 9): the same algorithms as WebCrypto, without a thread-pool hop and a
 * CryptoKey per call, which halves the CPU HQ spends per bundle. Keys made here
 * are opaque handles; HQ's own keys (WebCrypto CryptoKeys) are accepted too.
 * Every result matches WebCrypto's: `hq/crypto.test.ts` checks both ways.
 */
type Handle =
  | { readonly kind: 'public'; readonly key: KeyObject }
  | { readonly kind: 'hkdf'; readonly secret: Buffer }
  | { readonly kind: 'aes'; readonly secret: Buffer };

const handles = new WeakMap<object, Handle>();
const SPKI_PREFIX = {
  Ed25519: Buffer.from('302a300506032b6570032100', 'hex'),
  X25519: Buffer.from('302a300506032b656e032100', 'hex'),
} as const;
/** Parsing a DER key costs more than verifying with it: enrolled devices' keys are kept, a bounded few. */
const publicKeyCache = new Map<string, KeyObject>();
const PUBLIC_KEY_CACHE_SIZE = 4096;

function toHandle(handle: Handle): SealKey {
  const token = Object.freeze({});
  handles.set(token, handle);
  return token as unknown as SealKey;
}

function keyObject(key: SealKey): KeyObject {
  const handle = handles.get(key);
  if (handle?.kind === 'public') return handle.key;
  if (handle) throw new TypeError('not an asymmetric key');
  return KeyObject.from(key as unknown as webcrypto.CryptoKey);
}

function secretOf(key: SealKey, kind: 'hkdf' | 'aes'): Buffer {
  const handle = handles.get(key);
  if (handle?.kind !== kind) throw new TypeError(`not an ${kind} key`);
  return handle.secret;
}

function importPublic(name: 'Ed25519' | 'X25519', raw: Uint8Array): SealKey {
  if (raw.length !== 32) throw new TypeError('public key must be 32 bytes');
  const id = `${name}:${Buffer.from(raw).toString('base64')}`;
  let key = publicKeyCache.get(id);
  if (!key) {
    key = createPublicKey({ key: Buffer.concat([SPKI_PREFIX[name], raw]), format: 'der', type: 'spki' });
    if (publicKeyCache.size >= PUBLIC_KEY_CACHE_SIZE) publicKeyCache.clear();
    publicKeyCache.set(id, key);
  }
  return toHandle({ kind: 'public', key });
}

const arrayBuffer = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

const TAG_BYTES = 16;

/** Runs a synchronous OpenSSL call as WebCrypto would: its throw becomes a rejection. */
function attempt<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

const native = {
  digest: (_algorithm: 'SHA-256', data: Uint8Array) => attempt(() => arrayBuffer(createHash('sha256').update(data).digest())),

  sign: (_algorithm: { name: 'Ed25519' }, key: SealKey, data: Uint8Array) => attempt(() => arrayBuffer(sign(null, data, keyObject(key)))),

  verify: (_algorithm: { name: 'Ed25519' }, key: SealKey, signature: Uint8Array, data: Uint8Array) =>
    attempt(() => signature.length === 64 && verify(null, data, keyObject(key), signature)),

  importKey: (_format: 'raw', keyData: Uint8Array, algorithm: { name: 'Ed25519' | 'X25519' } | 'HKDF'): Promise<SealKey> =>
    attempt(() => (algorithm === 'HKDF' ? toHandle({ kind: 'hkdf', secret: Buffer.from(keyData) }) : importPublic(algorithm.name, keyData))),

  deriveBits: (algorithm: { name: 'X25519'; public: SealKey }, baseKey: SealKey): Promise<ArrayBuffer> =>
    attempt(() => arrayBuffer(diffieHellman({ privateKey: keyObject(baseKey), publicKey: keyObject(algorithm.public) }))),

  deriveKey: (algorithm: { name: 'HKDF'; hash: 'SHA-256'; salt: Uint8Array; info: Uint8Array }, baseKey: SealKey): Promise<SealKey> =>
    attempt(() => toHandle({ kind: 'aes', secret: Buffer.from(hkdfSync('sha256', secretOf(baseKey, 'hkdf'), algorithm.salt, algorithm.info, 32)) })),

  encrypt: (algorithm: { iv: Uint8Array; additionalData?: Uint8Array }, key: SealKey, data: Uint8Array): Promise<ArrayBuffer> =>
    attempt(() => {
      const cipher = createCipheriv('aes-256-gcm', secretOf(key, 'aes'), algorithm.iv);
      if (algorithm.additionalData) cipher.setAAD(algorithm.additionalData);
      return arrayBuffer(Buffer.concat([cipher.update(data), cipher.final(), cipher.getAuthTag()]));
    }),

  decrypt: (algorithm: { iv: Uint8Array; additionalData?: Uint8Array }, key: SealKey, data: Uint8Array): Promise<ArrayBuffer> =>
    attempt(() => {
      if (data.length < TAG_BYTES) throw new Error('ciphertext shorter than its tag');
      const decipher = createDecipheriv('aes-256-gcm', secretOf(key, 'aes'), algorithm.iv);
      if (algorithm.additionalData) decipher.setAAD(algorithm.additionalData);
      decipher.setAuthTag(data.subarray(data.length - TAG_BYTES));
      return arrayBuffer(Buffer.concat([decipher.update(data.subarray(0, data.length - TAG_BYTES)), decipher.final()]));
    }),

  generateKey: webCryptoSubtle.generateKey.bind(webCryptoSubtle),
  exportKey: webCryptoSubtle.exportKey.bind(webCryptoSubtle),
};

/** What HQ verifies, opens and signs bundles and receipts with. */
export const hqCrypto = native as unknown as BundleCrypto;
