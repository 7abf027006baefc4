import { z } from 'zod';
import { CITATIONS } from '../../shared/catalogue/citations';
import { ChecklistTemplate } from '../../shared/catalogue/schema';
import { validateCatalogue, type CatalogueProblemCode } from '../../shared/catalogue/validate';
import type { PublishedVersion, TemplateList, TemplatePreview, ValidationIssue } from '../../shared/hq/admin';
import { fail, ok, type Result } from '../../shared/result';
import { withTransaction, type Db, type DbClient } from '../db/pool';
import { currentPublished, etagOf } from '../published';
import { writeAudit } from './audit';
import { diffTemplates } from './template-diff';

/** A validation issue with the catalogue's problem code (or `json` when the body is not JSON). */
export interface TemplateIssue extends ValidationIssue {
  readonly code: CatalogueProblemCode | 'json';
}

export type ParsedTemplate = { readonly ok: true; readonly value: ChecklistTemplate } | { readonly ok: false; readonly issues: TemplateIssue[] };
/** The version a template of this id must have now (its `detail`, as a string). */
type VersionChecked<T> = Result<T, 'version_conflict'>;

const TemplatesBody = z.object({ templates: z.array(ChecklistTemplate) });

/**
 * The body of a template upload, checked exactly as the built-in catalogue is
 * (shared/catalogue/validate.ts: the zod schema, citation keys in the registry,
 * unique ids, effective dates, translations). Unknown keys are dropped by the schema.
 */
export function parseTemplate(text: string): ParsedTemplate {
  let raw: unknown;
  try {
    raw = JSON.parse(text) as unknown;
  } catch (error) {
    return { ok: false, issues: [{ code: 'json', path: '', message: `not JSON: ${(error as Error).message}` }] };
  }
  // Registry problems (no `template`) are the build's, not the upload's: catalogue.test.ts keeps them at zero.
  const problems = validateCatalogue([raw], CITATIONS).filter((problem) => problem.template !== undefined);
  const parsed = ChecklistTemplate.safeParse(raw);
  if (problems.length > 0 || !parsed.success) {
    const issues = problems.map((p): TemplateIssue => ({ code: p.code, path: p.path, message: p.message }));
    return { ok: false, issues: issues.length > 0 ? issues : [{ code: 'schema', path: '', message: 'not a checklist template' }] };
  }
  return ok(parsed.data);
}

/** Every template version ever published, from the published documents: immutable, so any copy will do. */
async function publishedVersion(db: Db | DbClient, id: string, version: number): Promise<ChecklistTemplate | undefined> {
  const { rows } = await db.query<{ template: unknown }>(
    `SELECT t AS template FROM published p CROSS JOIN LATERAL jsonb_array_elements(p.body->'templates') t
     WHERE p.kind = 'templates' AND t->>'id' = $1 AND (t->>'version')::int = $2 LIMIT 1`,
    [id, version],
  );
  return rows[0] === undefined ? undefined : ChecklistTemplate.parse(rows[0].template);
}

async function lastVersion(db: Db | DbClient, id: string): Promise<number | null> {
  const { rows } = await db.query<{ version: number | null }>(
    `SELECT max((t->>'version')::int) AS version FROM published p CROSS JOIN LATERAL jsonb_array_elements(p.body->'templates') t
     WHERE p.kind = 'templates' AND t->>'id' = $1`,
    [id],
  );
  return rows[0]?.version ?? null;
}

/** Published templates are immutable: the next version of an id is exactly the last one + 1, and a new id starts at 1. */
async function checkVersion(db: Db | DbClient, template: ChecklistTemplate): Promise<VersionChecked<ChecklistTemplate | undefined>> {
  const last = await lastVersion(db, template.id);
  const expected = (last ?? 0) + 1;
  if (template.version !== expected) return fail('version_conflict', String(expected));
  return ok(last === null ? undefined : await publishedVersion(db, template.id, last));
}

export async function previewTemplate(db: Db, template: ChecklistTemplate): Promise<VersionChecked<TemplatePreview>> {
  const previous = await checkVersion(db, template);
  if (!previous.ok) return previous;
  return ok({
    template: { id: template.id, version: template.version, title: template.title },
    previousVersion: previous.value?.version ?? null,
    diff: diffTemplates(previous.value, template),
  });
}

/** The newest version of each id, in the current document's order. */
function latestOf(templates: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const t of templates) if ((latest.get(t.id)?.version ?? 0) < t.version) latest.set(t.id, t);
  return [...latest.values()];
}

export async function listTemplates(db: Db): Promise<TemplateList> {
  const current = await currentPublished(db, 'templates');
  const templates = current === undefined ? [] : latestOf(TemplatesBody.parse(current.body).templates);
  const { rows } = await db.query<{ id: string; version: number; published_at: Date }>(
    `SELECT t->>'id' AS id, (t->>'version')::int AS version, min(p.published_at) AS published_at
     FROM published p CROSS JOIN LATERAL jsonb_array_elements(p.body->'templates') t WHERE p.kind = 'templates' GROUP BY 1, 2`,
  );
  const firstPublished = new Map(rows.map((row) => [`${row.id}@${String(row.version)}`, row.published_at.toISOString()]));
  return {
    templates: templates.map((t) => ({
      id: t.id,
      version: t.version,
      title: t.title,
      items: t.sections.reduce((n, s) => n + s.items.length, 0),
      publishedAt: firstPublished.get(`${t.id}@${String(t.version)}`) ?? null,
    })),
  };
}

/** One publication at a time, so two admins cannot both publish version n+1 (and `published_at` orders them). */
const PUBLISH_LOCK = 0x696b_7470; // "iktp"

/**
 * Publishes a new version: a new `templates` document with the newest version
 * of every template plus older versions that received inspections still pin,
 * so a device can show any inspection HQ holds. Devices add versions they lack
 * and never drop one (renderer/db/repositories/hq-pull.ts). Audited in the same transaction.
 */
export async function publishTemplate(db: Db, template: ChecklistTemplate, userId: string): Promise<VersionChecked<PublishedVersion & { template: { id: string; version: number } }>> {
  return withTransaction(db, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
    const check = await checkVersion(client, template);
    if (!check.ok) return check;
    const { rows: current } = await client.query<{ body: unknown }>(`SELECT body FROM published WHERE kind = 'templates' ORDER BY published_at DESC, version DESC LIMIT 1`);
    const latest = latestOf([...(current[0] === undefined ? [] : TemplatesBody.parse(current[0].body).templates), template]);
    const { rows: pinned } = await client.query<{ id: string; version: number }>('SELECT DISTINCT template_id AS id, template_version AS version FROM inspections');
    const older: ChecklistTemplate[] = [];
    for (const pin of pinned) {
      if (latest.some((t) => t.id === pin.id && t.version === pin.version)) continue;
      const body = await publishedVersion(client, pin.id, pin.version);
      if (body !== undefined) older.push(body);
    }
    const templates = [...latest, ...older].sort((a, b) => (a.id === b.id ? a.version - b.version : a.id < b.id ? -1 : 1));
    const body = { templates };
    const version = `${template.id}@${String(template.version)}`;
    const etag = etagOf(body);
    // clock_timestamp, not now(): a transaction that waited for the lock still publishes after the one it waited for.
    await client.query('INSERT INTO published (kind, version, body, etag, published_at) VALUES ($1, $2, $3, $4, clock_timestamp())', ['templates', version, JSON.stringify(body), etag]);
    await writeAudit(client, { userId, action: 'template.published', target: template.id, detail: { id: template.id, version: template.version, templates: templates.length } });
    return ok({ version, etag, template: { id: template.id, version: template.version } });
  });
}
