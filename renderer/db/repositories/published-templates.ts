import type { TemplateRef } from '../../../shared/catalogue/schema';
import type { FieldDatabase, StoredTemplate } from '../index';

/**
 * Published templates never change (a change is a new version, and the seed
 * never overwrites one), so each is read from IndexedDB once per database and
 * kept: autosave then reads only the inspection and the answer.
 */
const cache = new WeakMap<FieldDatabase, Map<string, StoredTemplate>>();

export async function publishedTemplate(db: FieldDatabase, ref: TemplateRef): Promise<StoredTemplate | undefined> {
  let templates = cache.get(db);
  if (!templates) {
    templates = new Map();
    cache.set(db, templates);
  }
  const key = `${ref.id}@${ref.version}`;
  const known = templates.get(key);
  if (known) return known;
  const loaded = await db.templates.get([ref.id, ref.version]);
  if (loaded) templates.set(key, loaded);
  return loaded;
}
