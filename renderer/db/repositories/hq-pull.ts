import type { ChecklistTemplate } from '../../../shared/catalogue/schema';
import type { Roster } from '../../../shared/domain/roster';
import type { FieldDatabase, StoredDecision } from '../index';
import { mergeCurrentDecisions, recordDecisionChange } from './decisions';
import { putRoster } from './reference-data';
import { guardWrite } from './repository-error';

export type PulledResource = 'templates' | 'roster' | 'decisions';
const etagKey = (resource: PulledResource) => `hq.etag.${resource}`;

export async function pulledEtag(db: FieldDatabase, resource: PulledResource): Promise<string | undefined> {
  const value = (await db.settings.get(etagKey(resource)))?.value;
  return typeof value === 'string' ? value : undefined;
}

async function rememberEtag(db: FieldDatabase, resource: PulledResource, etag: string | undefined): Promise<void> {
  if (etag === undefined) await db.settings.delete(etagKey(resource));
  else await db.settings.put({ key: etagKey(resource), value: etag });
}

/** Published templates are immutable: new id@version rows are added, existing ones never overwritten. */
export function savePulledTemplates(db: FieldDatabase, templates: readonly ChecklistTemplate[], etag: string | undefined): Promise<number> {
  return guardWrite(() =>
    db.transaction('rw', [db.templates, db.settings], async () => {
      const existing = new Set((await db.templates.toCollection().primaryKeys()).map(([id, version]) => `${id}@${version}`));
      const fresh = templates.filter((t) => !existing.has(`${t.id}@${t.version}`));
      await db.templates.bulkAdd(fresh);
      await rememberEtag(db, 'templates', etag);
      return fresh.length;
    }),
  );
}

/** HQ's roster replaces the cached one (sealed records keep their own copy of who was named). */
export function savePulledRoster(db: FieldDatabase, roster: Roster, etag: string | undefined): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.offices, db.officials, db.settings], async () => {
      await putRoster(db, roster);
      await rememberEtag(db, 'roster', etag);
    }),
  );
}

/**
 * HQ sends the current, verified set; in one transaction it becomes the current
 * set (what HQ no longer serves is kept, marked superseded), each sealed
 * inspection it touches logs the change, and one now fully decided moves
 * `synced → acknowledged` with its audit event.
 */
export function savePulledDecisions(db: FieldDatabase, decisions: readonly StoredDecision[], etag: string | undefined, at: string): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.decisions, db.settings, db.inspections, db.findings, db.auditEvents], async () => {
      const changes = await mergeCurrentDecisions(db, decisions, at);
      for (const [inspectionId, change] of changes) await recordDecisionChange(db, inspectionId, change, at);
      await rememberEtag(db, 'decisions', etag);
    }),
  );
}
