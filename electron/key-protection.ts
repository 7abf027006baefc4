import type { KeyProtector } from './bridge-handlers';

/** The async `safeStorage` API; the sync one is deprecated in Electron 45. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

/** OS keychain protection of data keys (Keychain, DPAPI, libsecret/kwallet). */
export function keyProtectorFrom(safeStorage: SafeStorageLike): KeyProtector {
  return {
    isAvailable: () => safeStorage.isAsyncEncryptionAvailable(),
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    decrypt: async (wrapped) => (await safeStorage.decryptStringAsync(Buffer.from(wrapped))).result,
  };
}
