import { describe, expect, it } from 'vitest';
import { keyProtectorFrom, type SafeStorageLike } from './key-protection';

function fakeSafeStorage(backend = 'gnome_libsecret', available = true) {
  const seen: unknown[] = [];
  const safeStorage: SafeStorageLike = {
    isAsyncEncryptionAvailable: () => {
      seen.push('available?');
      return Promise.resolve(available);
    },
    encryptStringAsync: (text) => {
      seen.push(text);
      return Promise.resolve(Buffer.from(`enc(${text})`));
    },
    decryptStringAsync: (encrypted) => {
      seen.push(encrypted.toString());
      return Promise.resolve({ result: 'plain', shouldReEncrypt: false });
    },
    getSelectedStorageBackend: () => {
      seen.push('backend?');
      return backend;
    },
  };
  return { safeStorage, seen };
}

describe('keyProtectorFrom', () => {
  it('uses the async safeStorage API and unwraps its decrypt result', async () => {
    const { safeStorage, seen } = fakeSafeStorage();
    const keys = keyProtectorFrom(safeStorage, 'linux');
    expect(await keys.isAvailable()).toBe(true);
    expect(Buffer.from(await keys.encrypt('AAEC')).toString()).toBe('enc(AAEC)');
    expect(await keys.decrypt(new TextEncoder().encode('enc(AAEC)'))).toBe('plain');
    expect(seen).toEqual(['available?', 'backend?', 'AAEC', 'enc(AAEC)']);
  });

  it.each(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6'])('counts the Linux keyring %s as protection', async (backend) => {
    expect(await keyProtectorFrom(fakeSafeStorage(backend).safeStorage, 'linux').isAvailable()).toBe(true);
  });

  it.each(['basic_text', 'unknown'])('does not count Linux %s as protection (a hard-coded password, or no store yet)', async (backend) => {
    expect(await keyProtectorFrom(fakeSafeStorage(backend).safeStorage, 'linux').isAvailable()).toBe(false);
  });

  it('asks for the backend only on Linux, where it exists, and only once encryption is available', async () => {
    const windows = fakeSafeStorage('basic_text');
    expect(await keyProtectorFrom(windows.safeStorage, 'win32').isAvailable()).toBe(true);
    expect(windows.seen).toEqual(['available?']);
    const unavailable = fakeSafeStorage('gnome_libsecret', false);
    expect(await keyProtectorFrom(unavailable.safeStorage, 'linux').isAvailable()).toBe(false);
    expect(unavailable.seen).toEqual(['available?']);
  });
});
