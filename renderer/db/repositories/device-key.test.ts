import { afterEach, describe, expect, it } from 'vitest';
import { FieldDatabase } from '../index';
import { deviceKey } from './device-key';
import { nodeSubtle } from '../../../shared/seal/test-support';

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
    const stored = await db.deviceKeys.get('device');
    expect(stored?.privateKey.extractable).toBe(false);
    expect((await deviceKey(db, nodeSubtle)).publicKeyRaw).toBe(a.publicKeyRaw);
  });
});
