import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';

/**
 * The device's data key while the app is unlocked (docs/0012-data-at-rest.md).
 *
 * Records are sealed with XChaCha20-Poly1305 from @noble/ciphers because it is
 * synchronous: a WebCrypto await inside a Dexie transaction would commit the
 * transaction early, so the at-rest middleware must encrypt without awaiting.
 * Nonces are 24 random bytes, so random nonces never need a counter.
 */
export const DATA_KEY_BYTES = 32;
const NONCE_BYTES = 24;

/** Thrown by every read or write of personal data while the app is locked. */
export class LockedError extends Error {
  override readonly name = 'LockedError';
  constructor() {
    super('locked');
  }
}

/** Stored bytes that fail authentication: tampered, truncated, or sealed under another key or place. */
export class UnreadableError extends Error {
  override readonly name = 'UnreadableError';
  constructor() {
    super('unreadable');
  }
}

let dataKey: Uint8Array | null = null;
let bulkKey: Promise<CryptoKey> | null = null;
const listeners = new Set<(open: boolean) => void>();

function notify(): void {
  for (const listener of listeners) listener(dataKey !== null);
}

/** Holds a copy of `key` until `lockDataKey`. */
export function openWithDataKey(key: Uint8Array): void {
  if (key.length !== DATA_KEY_BYTES) throw new RangeError('data key must be 32 bytes');
  dataKey?.fill(0);
  dataKey = key.slice();
  bulkKey = null;
  notify();
}

/** Wipes the key from memory; reads and writes of personal data fail until the next unlock. */
export function lockDataKey(): void {
  if (dataKey === null) return;
  dataKey.fill(0);
  dataKey = null;
  bulkKey = null;
  notify();
}

export const isDataKeyOpen = (): boolean => dataKey !== null;

/** Called with `true` on unlock and `false` on lock; returns the unsubscribe function. */
export function onDataKeyChange(listener: (open: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function currentKey(): Uint8Array {
  if (dataKey === null) throw new LockedError();
  return dataKey;
}

/** nonce ‖ ciphertext ‖ tag. `context` is authenticated: bytes moved to another place do not open. */
export function sealBytes(plain: Uint8Array, context: Uint8Array): Uint8Array<ArrayBuffer> {
  const key = currentKey();
  const nonce = crypto.getRandomValues(new Uint8Array(NONCE_BYTES));
  const sealed = xchacha20poly1305(key, nonce, context).encrypt(plain);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

export function openBytes(sealed: Uint8Array, context: Uint8Array): Uint8Array<ArrayBuffer> {
  const key = currentKey();
  if (sealed.length < NONCE_BYTES + 16) throw new UnreadableError();
  try {
    return new Uint8Array(xchacha20poly1305(key, sealed.subarray(0, NONCE_BYTES), context).decrypt(sealed.subarray(NONCE_BYTES)));
  } catch {
    throw new UnreadableError();
  }
}

/**
 * A non-extractable AES-256-GCM key derived (HKDF-SHA256) from the data key,
 * for evidence bytes. They are sealed outside transactions, so they can use
 * WebCrypto, which is about ten times faster than the synchronous cipher on
 * megabytes of photos (npm run bench, sealing).
 */
export function bulkCipherKey(): Promise<CryptoKey> {
  const key = currentKey();
  bulkKey ??= (async () => {
    const material = await crypto.subtle.importKey('raw', key.slice(), 'HKDF', false, ['deriveKey']);
    const info = new TextEncoder().encode('inspection-kit evidence v1');
    return crypto.subtle.deriveKey({ name: 'HKDF', hash: 'SHA-256', salt: new Uint8Array(32), info }, material, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
  })();
  return bulkKey;
}
