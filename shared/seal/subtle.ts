/**
 * The slice of WebCrypto's SubtleCrypto that sealing uses. shared/ has no DOM or
 * Node types, so callers inject `crypto.subtle` (renderer, Electron, HQ) behind this.
 */

declare const sealKeyBrand: unique symbol;

/** An opaque WebCrypto CryptoKey; branded so a string or buffer cannot pass for one. */
export interface SealKey {
  readonly [sealKeyBrand]: true;
}

export interface SealKeyPair {
  readonly privateKey: SealKey;
  readonly publicKey: SealKey;
}

export interface Ed25519Algorithm {
  readonly name: 'Ed25519';
}

export interface SealCrypto {
  digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer>;
  sign(algorithm: Ed25519Algorithm, key: SealKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: Ed25519Algorithm, key: SealKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
  generateKey(algorithm: Ed25519Algorithm, extractable: boolean, keyUsages: ('sign' | 'verify')[]): Promise<SealKeyPair>;
  exportKey(format: 'raw', key: SealKey): Promise<ArrayBuffer>;
  importKey(format: 'raw', keyData: Uint8Array, algorithm: Ed25519Algorithm, extractable: boolean, keyUsages: 'verify'[]): Promise<SealKey>;
}

export const ED25519: Ed25519Algorithm = { name: 'Ed25519' };
