import type { DeviceKey } from '../../../shared/seal/seal';
import { ED25519, type SealCrypto, type SealKey } from '../../../shared/seal/subtle';
import { decodeBase64url, encodeBase64url } from '../../../shared/seal/base64url';
import type { FieldDatabase, StoredDeviceKey } from '../index';
import { systemClock, type Clock } from '../clock';
import { guardWrite } from './repository-error';

/**
 * The two WebCrypto calls this repository needs beyond shared/'s slice: the
 * private key goes out once as PKCS#8 (to be sealed at rest) and comes back
 * non-extractable. Every SealCrypto the app or the tests pass is a real
 * SubtleCrypto (renderer/app/web-crypto.ts, shared/seal/test-support.ts).
 */
interface KeyBytesCrypto {
  exportKey(format: 'pkcs8', key: SealKey): Promise<ArrayBuffer>;
  importKey(format: 'pkcs8', keyData: Uint8Array, algorithm: typeof ED25519, extractable: false, keyUsages: 'sign'[]): Promise<SealKey>;
}
const withKeyBytes = (subtle: SealCrypto): KeyBytesCrypto => subtle as unknown as KeyBytesCrypto;

/** The stored key, ready to sign: PKCS#8 bytes are imported as a non-extractable key each time. */
async function asDeviceKey(subtle: SealCrypto, row: StoredDeviceKey): Promise<DeviceKey> {
  if (!('privateKeyPkcs8' in row)) {
    return { privateKey: row.privateKey as unknown as SealKey, publicKey: row.publicKey as unknown as SealKey, publicKeyRaw: row.publicKeyRaw };
  }
  const publicKeyBytes = decodeBase64url(row.publicKeyRaw);
  if (publicKeyBytes === null) throw new TypeError('device key: stored public key is not base64url');
  const [privateKey, publicKey] = await Promise.all([
    withKeyBytes(subtle).importKey('pkcs8', row.privateKeyPkcs8, ED25519, false, ['sign']),
    subtle.importKey('raw', publicKeyBytes, ED25519, true, ['verify']),
  ]);
  return { privateKey, publicKey, publicKeyRaw: row.publicKeyRaw };
}

/**
 * The device's signing key, made on first use. The private key is exported
 * once, as PKCS#8, into the sealed `deviceKeys` table (docs/0012-data-at-rest.md):
 * a copied profile without the passphrase does not give it up. Scripts only
 * ever get a non-extractable CryptoKey. Two tabs racing on first run keep
 * whichever key was stored first.
 */
export async function deviceKey(db: FieldDatabase, subtle: SealCrypto, clock: Clock = systemClock): Promise<DeviceKey> {
  const existing = await db.deviceKeys.get('device');
  if (existing) return asDeviceKey(subtle, existing);
  const pair = await subtle.generateKey(ED25519, true, ['sign', 'verify']);
  const fresh: StoredDeviceKey = {
    id: 'device',
    privateKeyPkcs8: new Uint8Array(await withKeyBytes(subtle).exportKey('pkcs8', pair.privateKey)),
    publicKeyRaw: encodeBase64url(new Uint8Array(await subtle.exportKey('raw', pair.publicKey))),
    createdAt: clock.now(),
  };
  const stored = await guardWrite(() =>
    db.transaction('rw', db.deviceKeys, async () => {
      const raced = await db.deviceKeys.get('device');
      if (raced) return raced;
      await db.deviceKeys.add(fresh);
      return fresh;
    }),
  );
  return asDeviceKey(subtle, stored);
}

/** The public key only, for display ("this device") and later for enrollment. */
export async function devicePublicKey(db: FieldDatabase): Promise<string | undefined> {
  return (await db.deviceKeys.get('device'))?.publicKeyRaw;
}
