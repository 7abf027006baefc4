import { decodeBase64url, encodeBase64url } from '../seal/base64url';
import { utf8 } from '../seal/canonical';
import type { SealKey } from '../seal/subtle';
import { BUNDLE_KEY_INFO, type BundleCrypto } from './types';

const X25519 = { name: 'X25519' } as const;

/** Authenticated data binds each ciphertext to its bundle and role, so parts cannot be swapped between bundles. */
export const partAad = (bundleId: string, role: 'payload' | 'evidence'): Uint8Array => utf8(`${bundleId}\n${role}`);

/** HKDF-SHA256 over the X25519 shared secret; salt = the ephemeral public key, info names key id and bundle. */
async function bundleKeyFromSecret(
  crypto: BundleCrypto,
  shared: ArrayBuffer,
  ephemeralPublicKey: Uint8Array,
  recipientKeyId: string,
  bundleId: string,
): Promise<SealKey> {
  const ikm = await crypto.importKey('raw', new Uint8Array(shared), 'HKDF', false, ['deriveKey']);
  return crypto.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: ephemeralPublicKey, info: utf8(`${BUNDLE_KEY_INFO}\n${recipientKeyId}\n${bundleId}`) },
    ikm,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

export interface SenderBundleKey {
  readonly key: SealKey;
  /** base64url raw X25519 public key to put in the manifest. */
  readonly ephemeralPublicKey: string;
}

/** A fresh one-time X25519 key pair per bundle: the AES key is never reused and never stored. */
export async function senderBundleKey(
  crypto: BundleCrypto,
  recipientPublicKey: string,
  recipientKeyId: string,
  bundleId: string,
): Promise<SenderBundleKey | null> {
  const recipientRaw = decodeBase64url(recipientPublicKey);
  if (recipientRaw?.length !== 32) return null;
  const recipient = await crypto.importKey('raw', recipientRaw, X25519, true, []);
  const ephemeral = await crypto.generateKey(X25519, false, ['deriveBits']);
  const ephemeralRaw = new Uint8Array(await crypto.exportKey('raw', ephemeral.publicKey));
  const shared = await crypto.deriveBits({ name: 'X25519', public: recipient }, ephemeral.privateKey, 256);
  const key = await bundleKeyFromSecret(crypto, shared, ephemeralRaw, recipientKeyId, bundleId);
  return { key, ephemeralPublicKey: encodeBase64url(ephemeralRaw) };
}

/** HQ's side: the same key from its X25519 private key and the sender's ephemeral public key. */
export async function recipientBundleKey(
  crypto: BundleCrypto,
  recipientPrivateKey: SealKey,
  ephemeralPublicKey: string,
  recipientKeyId: string,
  bundleId: string,
): Promise<SealKey | null> {
  const ephemeralRaw = decodeBase64url(ephemeralPublicKey);
  if (ephemeralRaw?.length !== 32) return null;
  try {
    const ephemeral = await crypto.importKey('raw', ephemeralRaw, X25519, true, []);
    const shared = await crypto.deriveBits({ name: 'X25519', public: ephemeral }, recipientPrivateKey, 256);
    return await bundleKeyFromSecret(crypto, shared, ephemeralRaw, recipientKeyId, bundleId);
  } catch {
    // Small-order points make X25519 fail: treat like any undecryptable bundle.
    return null;
  }
}
