import { z } from 'zod';
import type { Db } from '../db/pool';

/** Query string of GET /v1/hq/inspections. `from`/`to` bound the sealing time (`to` exclusive). */
export const InboxQuery = z.object({
  office: z.string().trim().min(1).max(64).optional(),
  province: z.string().trim().min(1).max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/** Keyset position: the last row's received_at (microseconds, as PostgreSQL keeps it) and id. */
const Cursor = z.object({ at: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), id: z.string().min(1).max(64) });
type Cursor = z.infer<typeof Cursor>;

const encodeCursor = (cursor: Cursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(text: string): Cursor | undefined {
  try {
    const parsed = Cursor.safeParse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export interface InboxItem {
  readonly id: string;
  readonly officeCode: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly sealedAt: string;
  readonly receivedAt: string;
  readonly deviceId: string;
  readonly findings: number;
  /** Violation findings (the adverse kind; commendable ones are not). */
  readonly adverse: number;
}

interface InboxRow {
  id: string;
  office_code: string;
  template_id: string;
  template_version: number;
  sealed_at: Date;
  received_at: Date;
  received_key: string;
  device_id: string;
  findings: number;
  adverse: number;
}

/** Newest arrivals first; `cursor` continues after the last item of the previous page. */
export async function listInbox(db: Db, query: InboxQuery, cursor: Cursor | undefined): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  const { rows } = await db.query<InboxRow>(
    `SELECT i.id, i.office_code, i.template_id, i.template_version, i.sealed_at, i.received_at, i.device_id,
            to_char(i.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key,
            (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id) AS findings,
            (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id AND f.kind = 'violation') AS adverse
     FROM inspections i
     WHERE ($1::text IS NULL OR i.office_code = $1)
       AND ($2::text IS NULL OR i.record->'office'->>'province' = $2)
       AND ($3::timestamptz IS NULL OR i.sealed_at >= $3)
       AND ($4::timestamptz IS NULL OR i.sealed_at < $4)
       AND ($5::timestamptz IS NULL OR (i.received_at, i.id) < ($5::timestamptz, $6::text))
     ORDER BY i.received_at DESC, i.id DESC
     LIMIT $7`,
    [query.office ?? null, query.province ?? null, query.from ?? null, query.to ?? null, cursor?.at ?? null, cursor?.id ?? null, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      officeCode: row.office_code,
      templateId: row.template_id,
      templateVersion: row.template_version,
      sealedAt: row.sealed_at.toISOString(),
      receivedAt: row.received_at.toISOString(),
      deviceId: row.device_id,
      findings: row.findings,
      adverse: row.adverse,
    })),
    nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor({ at: last.received_key, id: last.id }) : null,
  };
}
