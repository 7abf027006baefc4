import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signReceipt, verifyReceipt } from '../shared/bundle/index';
import { hqCrypto } from './crypto';
import { keyFilePath, keyIdOf, KeyFileError, loadOrCreateKeys } from './keys';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'ikhq-keys-'));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const receiptFields = {
  bundleId: '01890000-0000-7000-8000-000000000000',
  manifestSha256: 'a'.repeat(64),
  inspectionId: 'i-1',
  kind: 'inspection' as const,
  deviceId: 'd-1',
  receivedAt: '2026-11-23T03:00:00.000Z',
};

describe('HQ keys', () => {
  it('are created on first run in a 0600 file inside a 0700 dir, and reload the same', async () => {
    const first = await loadOrCreateKeys(dataDir, undefined);
    expect(first.created).toBe(true);
    const path = keyFilePath(dataDir);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(dirname(path))).mode & 0o777).toBe(0o700);
    expect(first.keys.public.encryptionKeyId).toBe(keyIdOf(Buffer.from(first.keys.public.encryptionPublicKey, 'base64url')));

    const again = await loadOrCreateKeys(dataDir, undefined);
    expect(again.created).toBe(false);
    expect(again.keys.public).toEqual(first.keys.public);
    // The reloaded private key signs receipts that verify under the public key devices pinned.
    const signed = await signReceipt(hqCrypto, again.keys.signingPrivateKey, receiptFields);
    const verified = await verifyReceipt(hqCrypto, first.keys.public.signingPublicKey, signed, receiptFields);
    expect(verified.ok).toBe(true);
  });

  it('wraps the private keys with a passphrase and refuses a wrong or missing one', async () => {
    const created = await loadOrCreateKeys(dataDir, 'correct horse battery');
    expect(created.wrapped).toBe(true);
    const text = await readFile(keyFilePath(dataDir), 'utf8');
    expect(text).toContain('wrappedPrivateKeys');
    expect(text).not.toContain('"privateKeys"');
    await expect(loadOrCreateKeys(dataDir, 'wrong passphrase!')).rejects.toThrow(/Wrong HQ_KEY_PASSPHRASE/);
    await expect(loadOrCreateKeys(dataDir, undefined)).rejects.toThrow(/set HQ_KEY_PASSPHRASE/);
    const reloaded = await loadOrCreateKeys(dataDir, 'correct horse battery');
    expect(reloaded.keys.public).toEqual(created.keys.public);
  });

  it('refuses a corrupt or unreadable file and never overwrites it', async () => {
    await loadOrCreateKeys(dataDir, undefined);
    const path = keyFilePath(dataDir);
    const original = await readFile(path, 'utf8');

    await writeFile(path, original.slice(0, original.length / 2));
    await expect(loadOrCreateKeys(dataDir, undefined)).rejects.toThrow(KeyFileError);
    expect(await readFile(path, 'utf8')).toBe(original.slice(0, original.length / 2));

    // Well-formed, but the public key is not the private key's other half.
    const other = join(dataDir, 'other');
    await loadOrCreateKeys(other, undefined);
    const swapped = { ...(JSON.parse(original) as object), signingPublicKey: (JSON.parse(await readFile(keyFilePath(other), 'utf8')) as { signingPublicKey: string }).signingPublicKey };
    await writeFile(path, JSON.stringify(swapped));
    await expect(loadOrCreateKeys(dataDir, undefined)).rejects.toThrow(/corrupt/);

    if (process.getuid?.() !== 0) {
      // Root reads anything, so this case only exists for a normal user.
      await writeFile(path, original);
      await chmod(path, 0o000);
      await expect(loadOrCreateKeys(dataDir, undefined)).rejects.toThrow(/Cannot read/);
    }
  });
});
