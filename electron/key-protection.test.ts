import { describe, expect, it } from 'vitest';
import { keyProtectorFrom, type SafeStorageLike } from './key-protection';

describe('keyProtectorFrom', () => {
  it('uses the async safeStorage API and unwraps its decrypt result', async () => {
    const seen: unknown[] = [];
    const safeStorage: SafeStorageLike = {
      isAsyncEncryptionAvailable: () => Promise.resolve(true),
      encryptStringAsync: (text) => {
        seen.push(text);
        return Promise.resolve(Buffer.from(`enc(${text})`));
      },
      decryptStringAsync: (encrypted) => {
        seen.push(encrypted.toString());
        return Promise.resolve({ result: 'plain', shouldReEncrypt: false });
      },
    };
    const keys = keyProtectorFrom(safeStorage);
    expect(await keys.isAvailable()).toBe(true);
    expect(Buffer.from(await keys.encrypt('AAEC')).toString()).toBe('enc(AAEC)');
    expect(await keys.decrypt(new TextEncoder().encode('enc(AAEC)'))).toBe('plain');
    expect(seen).toEqual(['AAEC', 'enc(AAEC)']);
  });
});
