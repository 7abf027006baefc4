import { generateDeviceKey, type DeviceKey } from '../../../shared/seal/seal';
import type { SealCrypto, SealKey } from '../../../shared/seal/subtle';
import type { FieldDatabase, StoredDeviceKey } from '../index';
import { systemClock, type Clock } from '../clock';
import { guardWrite } from './repository-error';

const asDeviceKey = (row: StoredDeviceKey): DeviceKey => ({
  privateKey: row.privateKey as unknown as SealKey,
  publicKey: row.publicKey as unknown as SealKey,
  publicKeyRaw: row.publicKeyRaw,
});

/**
 * The device's signing key, made on first use. The private key is a
 * non-extractable CryptoKey: IndexedDB stores the handle, no script can read
 * its bytes. Two tabs racing on first run keep whichever key was stored first.
 */
export async function deviceKey(db: FieldDatabase, subtle: SealCrypto, clock: Clock = systemClock): Promise<DeviceKey> {
  const existing = await db.deviceKeys.get('device');
  if (existing) return asDeviceKey(existing);
  const fresh = await generateDeviceKey(subtle);
  return guardWrite(() =>
    db.transaction('rw', db.deviceKeys, async () => {
      const raced = await db.deviceKeys.get('device');
      if (raced) return asDeviceKey(raced);
      await db.deviceKeys.add({
        id: 'device',
        privateKey: fresh.privateKey as unknown as CryptoKey,
        publicKey: fresh.publicKey as unknown as CryptoKey,
        publicKeyRaw: fresh.publicKeyRaw,
        createdAt: clock.now(),
      });
      return fresh;
    }),
  );
}

/** The public key only, for display ("this device") and later for enrollment. */
export async function devicePublicKey(db: FieldDatabase): Promise<string | undefined> {
  return (await db.deviceKeys.get('device'))?.publicKeyRaw;
}
