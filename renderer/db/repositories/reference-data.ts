import type { Roster } from '../../../shared/domain/roster';
import type { ChecklistTemplate } from '../../../shared/catalogue/schema';
import type { FieldDatabase } from '../index';
import { guardWrite } from './repository-error';

/**
 * First run: load the bundled catalogue and the demo roster. Published
 * templates are immutable, so existing id@version rows are never overwritten.
 */
export function seedReferenceData(db: FieldDatabase, templates: readonly ChecklistTemplate[], demoRoster: Roster): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.templates, db.offices, db.officials, db.settings], async () => {
      const existing = new Set((await db.templates.toCollection().primaryKeys()).map(([id, version]) => `${id}@${version}`));
      await db.templates.bulkAdd(templates.filter((t) => !existing.has(`${t.id}@${t.version}`)));
      if ((await db.offices.count()) === 0) {
        await db.offices.bulkAdd(demoRoster.offices);
        await db.officials.bulkAdd(demoRoster.officials);
        await db.settings.put({ key: 'roster', value: { source: demoRoster.source, version: demoRoster.version } });
      }
    }),
  );
}

/** The roster swap itself; the caller's transaction covers offices, officials and settings. */
export async function putRoster(db: FieldDatabase, roster: Roster): Promise<void> {
  await db.officials.clear();
  await db.offices.clear();
  await db.offices.bulkAdd(roster.offices);
  await db.officials.bulkAdd(roster.officials);
  await db.settings.put({ key: 'roster', value: { source: roster.source, version: roster.version } });
}

/** Replaces the cached roster wholesale (the HQ roster supersedes the demo one). */
export function replaceRoster(db: FieldDatabase, roster: Roster): Promise<void> {
  return guardWrite(() => db.transaction('rw', [db.offices, db.officials, db.settings], () => putRoster(db, roster)));
}
