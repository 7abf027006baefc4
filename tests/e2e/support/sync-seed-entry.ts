// Bundled by sync.e2e.ts and evaluated in the app's page: writes a sealed
// inspection into the app's own IndexedDB through the real repositories, as
// the record-seal e2e does through the UI (that path is tested there).
import './zod-jitless';
import { FieldDatabase } from '../../../renderer/db';
import { seedReferenceData } from '../../../renderer/db/repositories/reference-data';
import { FINDINGS_ROSTER, sealedInspection } from '../../../renderer/db/testing/findings-fixtures';
import { TEST_TEMPLATE } from '../../../renderer/db/testing/fixtures';

const clock = { now: () => new Date().toISOString(), newId: () => crypto.randomUUID() };

export async function seedSealed(): Promise<string> {
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
