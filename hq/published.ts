import type { Logger } from 'pino';
import { CATALOGUE } from '../shared/catalogue/index';
import { DEMO_ROSTER } from '../shared/roster/demo-roster';
import { canonicalBytes } from '../shared/seal/canonical';
import type { Db } from './db/pool';
import { sha256Hex } from './tokens';

export type PublishedKind = 'templates' | 'roster';

export interface PublishedDocument {
  readonly body: unknown;
  /** Strong ETag: the quoted SHA-256 of the body's canonical JSON. */
  readonly etag: string;
}

export function etagOf(body: unknown): string {
  const bytes = canonicalBytes(body);
  if (!bytes.ok) throw new Error('published bodies are plain JSON');
  return `"${sha256Hex(bytes.value)}"`;
}

export async function currentPublished(db: Db, kind: PublishedKind): Promise<PublishedDocument | undefined> {
  const { rows } = await db.query<{ body: unknown; etag: string }>(
    'SELECT body, etag FROM published WHERE kind = $1 ORDER BY published_at DESC, version DESC LIMIT 1',
    [kind],
  );
  return rows[0];
}

export async function publish(db: Db, kind: PublishedKind, version: string, body: unknown): Promise<boolean> {
  const result = await db.query('INSERT INTO published (kind, version, body, etag) VALUES ($1, $2, $3, $4) ON CONFLICT (kind, version) DO NOTHING', [
    kind,
    version,
    JSON.stringify(body),
    etagOf(body),
  ]);
  return result.rowCount === 1;
}

/**
 * On first start nothing is published: publish the templates shipped with the
 * app and the demo roster, so a fresh HQ is usable, and say so in the log.
 */
export async function publishDefaults(db: Db, log: Logger): Promise<void> {
  const { rows } = await db.query<{ kind: PublishedKind }>('SELECT DISTINCT kind FROM published');
  const present = new Set(rows.map((row) => row.kind));
  if (!present.has('templates') && (await publish(db, 'templates', 'builtin-1', { templates: CATALOGUE }))) {
    log.info({ templates: CATALOGUE.length }, 'published the built-in checklist templates (first start)');
  }
  if (!present.has('roster')) {
    const { offices, officials } = DEMO_ROSTER;
    if (await publish(db, 'roster', DEMO_ROSTER.version, { offices, officials })) {
      log.info({ offices: offices.length, officials: officials.length }, 'published the DEMO roster (first start): replace it with the real one');
    }
  }
}
