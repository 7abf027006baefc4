import { Locale } from '../../shared/domain/localized';
import { CATALOGUE } from '../../shared/catalogue';
import { DEMO_ROSTER } from '../../shared/roster/demo-roster';
import { fieldDatabase } from '../db';
import { seedReferenceData } from '../db/repositories/reference-data';
import { readSetting } from '../db/repositories/settings';
import { initI18n, switchLocale } from '../i18n';
import { requestPersistence } from './storage-persistence';
import { deviceKey } from '../db/repositories/device-key';
import { webSubtle } from './web-crypto';
import { startSyncWorker } from '../sync/app-sync';

export const LOCALE_SETTING = 'locale';

/** Start-up: language first (so even a failure is explained in Vietnamese), then data. */
export async function boot(): Promise<void> {
  await initI18n();
  const db = fieldDatabase();
  await db.open();
  await seedReferenceData(db, CATALOGUE, DEMO_ROSTER);
  // The device's signing key is made on first run; if WebCrypto refuses now,
  // sealing asks again and shows the error there instead of blocking start-up.
  await deviceKey(db, webSubtle).catch(() => undefined);
  const locale = await readSetting(db, LOCALE_SETTING, (raw) => Locale.safeParse(raw).data);
  if (locale && locale !== 'vi') await switchLocale(locale);
  // Not awaited: the answer arrives in the header when the browser gives it.
  void requestPersistence();
  // Sends whatever is queued whenever HQ is reachable; its state shows in the header.
  startSyncWorker();
}
