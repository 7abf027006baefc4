import { fail, ok, type Result } from '../../../shared/result';
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
import { errorCode } from './error-code';

export const LOCALE_SETTING = 'locale';

let keyring: Keyring | undefined;
const theKeyring = (): Keyring => (keyring ??= openKeyring(bridge));

/** Start-up: is there a keyring to unlock, or is this the first run? */
export async function checkVault(): Promise<void> {
  const exists = await theKeyring().exists();
  useVaultStore.getState().set({ phase: exists ? 'locked' : 'setup', lockReason: 'start' });
}

let prepared = false;

/**
 * With the key in memory: the first time in this page, open the field
 * database (its upgrades read sealed records), seal anything stored before
 * encryption at rest, then what boot used to do — reference data, the device
 * key, the language. Every time: the sync worker, which locking stopped.
 */
async function openApp(): Promise<void> {
  if (!prepared) {
    await prepare();
    prepared = true;
  }
  // Sends whatever is queued whenever HQ is reachable; its state shows in the header.
  startSyncWorker();
}

async function prepare(): Promise<void> {
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
}

/** Opens the app on the key in memory; a failure locks again and is shown on the lock screen, nothing changed. */
async function start(): Promise<void> {
  useVaultStore.getState().set({ phase: 'opening', openError: null });
  try {
    await openApp();
    useVaultStore.getState().set({ phase: 'open' });
  } catch (error) {
    lockDataKey();
    useVaultStore.getState().set({ phase: 'locked', lockReason: 'start', openError: errorCode(error) });
  }
}

function holdKey(dataKey: Uint8Array): void {
  openWithDataKey(dataKey);
  dataKey.fill(0);
}

/** First run: a new key, held in memory while the recovery code is shown; the app opens once it is written down. */
export async function setUpVault(passphrase: string): Promise<void> {
  const created = await theKeyring().create(passphrase);
  holdKey(created.dataKey);
  useVaultStore.getState().set({ phase: 'recoveryCode', recoveryCode: created.recoveryCode, osSealed: created.osSealed });
}

export async function confirmRecoveryCodeKept(): Promise<void> {
  await theKeyring().confirmRecoveryCode();
  useVaultStore.getState().set({ recoveryCode: null });
  await start();
}

/**
 * Unlocked with the passphrase. If the recovery code was never confirmed as
 * written down (the app closed on that screen), it is gone: make a new one and
 * show it before the app opens.
 */
export async function unlockVault(passphrase: string): Promise<Result<null, UnlockError>> {
  const keyring = theKeyring();
  const unlocked = await keyring.unlock(passphrase);
  if (!unlocked.ok) return unlocked;
  if (await keyring.recoveryPending()) {
    const renewed = await keyring.renewRecoveryCode(unlocked.value);
    holdKey(unlocked.value);
    useVaultStore.getState().set({ phase: 'recoveryCode', recoveryCode: renewed.recoveryCode, osSealed: renewed.osSealed });
    return ok(null);
  }
  holdKey(unlocked.value);
  await start();
  return ok(null);
}

export async function recoverVault(recoveryCode: string, newPassphrase: string): Promise<Result<null, UnlockError>> {
  const recovered = await theKeyring().recover(recoveryCode, newPassphrase);
  if (!recovered.ok) return recovered;
  holdKey(recovered.value);
  await start();
  return ok(null);
}

export function changeVaultPassphrase(current: string, next: string): Promise<Result<null>> {
  return theKeyring().changePassphrase(current, next).catch((error: unknown) => fail(errorCode(error)));
}

/** Wipes the key and shows the lock screen; the sync worker waits for the next unlock. */
export function lockVault(reason: LockReason): void {
  if (useVaultStore.getState().phase !== 'open') return;
  stopSyncWorker();
  lockDataKey();
  useVaultStore.getState().set({ phase: 'locked', lockReason: reason });
}
