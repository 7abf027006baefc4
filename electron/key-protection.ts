import type { KeyProtector } from './bridge-handlers';

/** The async `safeStorage` API; the sync one is deprecated in Electron 45. */
export interface SafeStorageLike {
  isAsyncEncryptionAvailable(): Promise<boolean>;
  encryptStringAsync(plainText: string): Promise<Uint8Array>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
  /** Linux only: which secret store wraps the key. */
  getSelectedStorageBackend(): string;
}

/**
 * Linux backends that do not protect anything: `basic_text` wraps with a password
 * hard-coded in Chromium (no keyring found, or --password-store=basic), and
 * `unknown` means the store is not chosen yet. Reporting them as unavailable sends
 * the renderer to its passphrase instead (docs/SECURITY.md).
 */
const UNPROTECTED_LINUX_BACKENDS = new Set(['basic_text', 'unknown']);

/** OS keychain protection of data keys (Keychain, DPAPI, libsecret/kwallet). */
export function keyProtectorFrom(safeStorage: SafeStorageLike, platform: NodeJS.Platform): KeyProtector {
  return {
    isAvailable: async () => {
      // The async encryptor is set up lazily by this call, so ask for the backend after it.
      if (!(await safeStorage.isAsyncEncryptionAvailable())) return false;
      return platform !== 'linux' || !UNPROTECTED_LINUX_BACKENDS.has(safeStorage.getSelectedStorageBackend());
    },
    encrypt: (text) => safeStorage.encryptStringAsync(text),
    decrypt: async (wrapped) => (await safeStorage.decryptStringAsync(Buffer.from(wrapped))).result,
  };
}
