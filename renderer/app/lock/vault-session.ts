import type { Result } from '../../../shared/result';
import { fail, ok } from '../../../shared/result';
import { CATALOGUE } from '../../../shared/catalogue';
import { DEMO_ROSTER } from '../../../shared/roster/demo-roster';
import { Locale } from '../../../shared/domain/localized';
import { bridge } from '../../host';
import { fieldDatabase } from '../../db';
import { lockDataKey, openWithDataKey } from '../../db/at-rest/data-key';
import { openKeyring, type Keyring, type UnlockError } from '../../db/at-rest/keyring';
import { sealExistingRecords } from '../../db/at-rest/seal-existing';
import { seedReferenceData } from '../../db/repositories/reference-data';
import { readSetting } from '../../db/repositories/settings';
import { deviceKey } from '../../db/repositories/device-key';
import { trainingDatabase } from '../../training/db/training-db';
import { startSyncWorker, stopSyncWorker } from '../../sync/app-sync';
import { switchLocale } from '../../i18n';
import { webSubtle } from '../web-crypto';
import { rememberLocale } from './remembered-locale';
import { useVaultStore, type LockReason } from './vault-store';

export const LOCALE_SETTING = 'locale';

let keyring: Keyring | undefined;
const theKeyring = (): Keyring => (keyring ??= openKeyring(bridge));

/** Start-up: is there a keyring to unlock, or is this the first run? */
export async function checkVault(): Promise<void> {
  const exists = await theKeyring().exists();
  useVaultStore.getState().set({ phase: exists ? 'locked' : 'setup', lockReason: 'start' });
}

/**
 * With the key in memory: open the field database (its upgrades read sealed
 * records), seal anything stored before encryption at rest, then what boot
 * used to do — reference data, the device key, the language, the sync worker.
 */
async function openApp(dataKey: Uint8Array): Promise<void> {
  openWithDataKey(dataKey);
  dataKey.fill(0);
  useVaultStore.getState().set({ phase: 'opening' });
  const db = fieldDatabase();
  await db.open();
  await sealExistingRecords(db);
  await sealExistingRecords(trainingDatabase());
  await seedReferenceData(db, CATALOGUE, DEMO_ROSTER);
  // The device's signing key is made on first run; if WebCrypto refuses now,
  // sealing asks again and shows the error there instead of blocking start-up.
  await deviceKey(db, webSubtle).catch(() => undefined);
  const locale = await readSetting(db, LOCALE_SETTING, (raw) => Locale.safeParse(raw).data);
  if (locale) {
    rememberLocale(locale);
    await switchLocale(locale);
  }
  // Sends whatever is queued whenever HQ is reachable; its state shows in the header.
  startSyncWorker();
}

async function opened(dataKey: Uint8Array, after: { recoveryCode?: string; osSealed?: boolean } = {}): Promise<void> {
  try {
    await openApp(dataKey);
  } catch (error) {
    lockDataKey();
    useVaultStore.getState().set({ phase: 'locked' });
    throw error;
  }
  useVaultStore.getState().set(after.recoveryCode ? { phase: 'recoveryCode', recoveryCode: after.recoveryCode, osSealed: after.osSealed ?? null } : { phase: 'open' });
}

export async function setUpVault(passphrase: string): Promise<void> {
  const created = await theKeyring().create(passphrase);
  await opened(created.dataKey, { recoveryCode: created.recoveryCode, osSealed: created.osSealed });
}

export async function unlockVault(passphrase: string): Promise<Result<null, UnlockError>> {
  const unlocked = await theKeyring().unlock(passphrase);
  if (!unlocked.ok) return unlocked;
  await opened(unlocked.value);
  return ok(null);
}

export async function recoverVault(recoveryCode: string, newPassphrase: string): Promise<Result<null, UnlockError>> {
  const recovered = await theKeyring().recover(recoveryCode, newPassphrase);
  if (!recovered.ok) return recovered;
  await opened(recovered.value);
  return ok(null);
}

export function changeVaultPassphrase(current: string, next: string): Promise<Result<null, UnlockError>> {
  return theKeyring().changePassphrase(current, next).catch(() => fail('wrong_passphrase' as const));
}

export function confirmRecoveryCodeKept(): void {
  useVaultStore.getState().set({ phase: 'open', recoveryCode: null });
}

/** Wipes the key and shows the lock screen; the sync worker waits for the next unlock. */
export function lockVault(reason: LockReason): void {
  if (useVaultStore.getState().phase !== 'open') return;
  stopSyncWorker();
  lockDataKey();
  useVaultStore.getState().set({ phase: 'locked', lockReason: reason });
}
