import { z } from 'zod';
import { Severity } from '../../shared/catalogue/schema';
import { RecommendationKind } from '../../shared/domain/finding';
import type { Db } from '../db/pool';
import { REVIEW_STATUSES, type ReviewStatus } from './decisions';
import type { SqlQuery } from './insights';

/**
 * Query string of GET /v1/hq/inspections. `from`/`to` bound the sealing time (`to` exclusive);
 * `status` is the review status; `severity` and `recommendation` keep inspections having a
 * finding of that severity, or whose effective recommendation is that kind.
 */
export const InboxQuery = z.object({
  office: z.string().trim().min(1).max(64).optional(),
  province: z.string().trim().min(1).max(100).optional(),
  from: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  to: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
  status: z.enum(REVIEW_STATUSES).optional(),
  severity: Severity.optional(),
  recommendation: RecommendationKind.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(400).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/** Keyset position: the last row's received_at (microseconds, as PostgreSQL keeps it) and id. */
const Cursor = z.object({ at: z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/), id: z.string().min(1).max(64) });
export type InboxCursor = z.infer<typeof Cursor>;

const encodeCursor = (cursor: InboxCursor): string => Buffer.from(JSON.stringify(cursor)).toString('base64url');

export function decodeCursor(text: string): InboxCursor | undefined {
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
  /** The office's name and province as the sealed record gives them (null if it gives none). */
  readonly officeName: string | null;
  readonly province: string | null;
  readonly reviewStatus: ReviewStatus;
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
  office_name: string | null;
  province: string | null;
  review_status: ReviewStatus;
  template_id: string;
  template_version: number;
  sealed_at: Date;
  received_at: Date;
  received_key: string;
  device_id: string;
  findings_count: number;
  adverse_count: number;
}

/**
 * The inbox page as one statement, only the filters given in its WHERE: each has an index that
 * walks the arrival order (or, for a rare severity or kind, finds the few rows), and the counts
 * are columns of the row (migration 004), so a page reads about `limit` rows at any table size.
 */
export function inboxSql(query: InboxQuery, cursor: InboxCursor | undefined): SqlQuery {
  const values: unknown[] = [];
  const param = (value: unknown): string => `$${values.push(value)}`;
  const where: string[] = [];
  if (query.office !== undefined) where.push(`i.office_code = ${param(query.office)}`);
  if (query.province !== undefined) where.push(`i.province = ${param(query.province)}`);
  if (query.from !== undefined) where.push(`i.sealed_at >= ${param(query.from)}::timestamptz`);
  if (query.to !== undefined) where.push(`i.sealed_at < ${param(query.to)}::timestamptz`);
  if (query.status !== undefined) where.push(`i.review_status = ${param(query.status)}`);
  if (query.severity !== undefined) where.push(`i.severities @> ARRAY[${param(query.severity)}::text]`);
  if (query.recommendation !== undefined) where.push(`i.recommendation_kinds @> ARRAY[${param(query.recommendation)}::text]`);
  if (cursor !== undefined) where.push(`(i.received_at, i.id) < (${param(cursor.at)}::timestamptz, ${param(cursor.id)}::text)`);
  const text = `SELECT i.id, i.office_code, i.office_name, i.province, i.review_status, i.template_id, i.template_version, i.sealed_at, i.received_at, i.device_id,
            to_char(i.received_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS received_key, i.findings_count, i.adverse_count
     FROM inspections i
     ${where.length === 0 ? '' : `WHERE ${where.join('\n       AND ')}`}
     ORDER BY i.received_at DESC, i.id DESC
     LIMIT ${param(query.limit + 1)}`;
  return { text, values };
}

/** Newest arrivals first; `cursor` continues after the last item of the previous page. */
export async function listInbox(db: Db, query: InboxQuery, cursor: InboxCursor | undefined): Promise<{ items: InboxItem[]; nextCursor: string | null }> {
  const { rows } = await db.query<InboxRow>(inboxSql(query, cursor));
  const page = rows.slice(0, query.limit);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      officeCode: row.office_code,
      officeName: row.office_name,
      province: row.province,
      reviewStatus: row.review_status,
      templateId: row.template_id,
      templateVersion: row.template_version,
      sealedAt: row.sealed_at.toISOString(),
      receivedAt: row.received_at.toISOString(),
      deviceId: row.device_id,
      findings: row.findings_count,
      adverse: row.adverse_count,
    })),
    nextCursor: rows.length > query.limit && last !== undefined ? encodeCursor({ at: last.received_key, id: last.id }) : null,
  };
}
