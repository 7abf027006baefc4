import { afterEach, describe, expect, it } from 'vitest';
import { FieldDatabase } from '../index';
import { deviceKey } from './device-key';
import { nodeSubtle } from '../../../shared/seal/test-support';
import { ED25519 } from '../../../shared/seal/subtle';

let db: FieldDatabase | undefined;
afterEach(async () => {
  await db?.delete();
});

describe('device key', () => {
  it('is made once, kept non-extractable, and two racing first runs agree on one key', async () => {
    db = new FieldDatabase('device-key-test');
    const [a, b] = await Promise.all([deviceKey(db, nodeSubtle), deviceKey(db, nodeSubtle)]);
    expect(a.publicKeyRaw).toBe(b.publicKeyRaw);
    expect(await db.deviceKeys.count()).toBe(1);
    // Scripts get a non-extractable key; the bytes live only in the sealed table.
    expect((a.privateKey as unknown as CryptoKey).extractable).toBe(false);
    const again = await deviceKey(db, nodeSubtle);
    expect(again.publicKeyRaw).toBe(a.publicKeyRaw);
    expect((again.privateKey as unknown as CryptoKey).extractable).toBe(false);
    // A signature made with the stored key verifies under its public key.
    const message = new TextEncoder().encode('biên bản');
    const signature = new Uint8Array(await nodeSubtle.sign(ED25519, again.privateKey, message));
    expect(await nodeSubtle.verify(ED25519, a.publicKey, signature, message)).toBe(true);
  });
});
