// Bundled by sync.e2e.ts and evaluated in the app's page: writes a sealed
// inspection into the app's own IndexedDB through the real repositories, as
// the record-seal e2e does through the UI (that path is tested there).
import './zod-jitless';
import { FieldDatabase } from '../../../renderer/db';
import { seedReferenceData } from '../../../renderer/db/repositories/reference-data';
import { FINDINGS_ROSTER, sealedInspection } from '../../../renderer/db/testing/findings-fixtures';
import { TEST_TEMPLATE } from '../../../renderer/db/testing/fixtures';
import { openKeyring } from '../../../renderer/db/at-rest/keyring';
import { openWithDataKey } from '../../../renderer/db/at-rest/data-key';
import { fail } from '../../../shared/result';
import { TEST_PASSPHRASE } from './lock';

const clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

/** This bundle has its own copy of the data-key module: unlock it with the profile's passphrase, as the app did. */
async function unlock(): Promise<void> {
  const noKeychain = () => Promise.resolve(fail('unsupported'));
  const opened = await openKeyring({ protectSecret: noKeychain, revealSecret: noKeychain }).unlock(TEST_PASSPHRASE);
  if (!opened.ok) throw new Error(`seed: ${opened.error.code}`);
  openWithDataKey(opened.value);
}

export async function seedSealed(): Promise<string> {
  await unlock();
  const db = new FieldDatabase();
  await db.open();
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
  // The app seeded (or HQ replaced) the roster already: add the test office beside it.
  await db.offices.bulkPut(FINDINGS_ROSTER.offices);
  await db.officials.bulkPut(FINDINGS_ROSTER.officials);
  const { inspectionId } = await sealedInspection(db, clock);
  db.close();
  return inspectionId;
}
