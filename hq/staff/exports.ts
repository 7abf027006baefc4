import { z } from 'zod';
import type { Db } from '../db/pool';
import type { Role } from './users';
import { CSV_BOM, csvRow, type CsvValue } from './csv';
import { EXPORT_COLUMNS, rowsFor, type ExportKind } from './exports-columns';

export { EXPORT_COLUMNS, type ExportKind } from './exports-columns';

/**
 * Who may export what. The inspections export holds offices, templates, times
 * and counts: any reviewer. Findings and decisions name officials and carry
 * narratives and reasons about them; a reviewer reads those one inspection at a
 * time (each view audited), but a file of every adverse finding in a province
 * leaves HQ's control once downloaded, so it takes an approver — the role that
 * already answers for adverse decisions.
 */
export const EXPORT_ROLES: Readonly<Record<ExportKind, Role>> = { inspections: 'reviewer', findings: 'approver', decisions: 'approver' };

const When = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
/** Same filters as the inbox: `from`/`to` bound the sealing time (`to` exclusive), province as the record names it. */
export const ExportQuery = z.object({
  office: z.string().trim().min(1).max(64).optional(),
  province: z.string().trim().min(1).max(100).optional(),
  from: When.optional(),
  to: When.optional(),
});
export type ExportQuery = z.infer<typeof ExportQuery>;

/** Rows received up to `cutoff` (PostgreSQL's clock, microseconds): the count audited is the count streamed. */
export interface ExportScope extends ExportQuery {
  readonly cutoff: string;
}

const FILTER = `($1::text IS NULL OR i.office_code = $1)
  AND ($2::text IS NULL OR i.record->'office'->>'province' = $2)
  AND ($3::timestamptz IS NULL OR i.sealed_at >= $3)
  AND ($4::timestamptz IS NULL OR i.sealed_at < $4)
  AND i.received_at <= $5::timestamptz`;
const filterParams = (scope: ExportScope): unknown[] => [scope.office ?? null, scope.province ?? null, scope.from ?? null, scope.to ?? null, scope.cutoff];

const COUNT_SQL: Readonly<Record<ExportKind, string>> = {
  inspections: `SELECT count(*)::int AS n FROM inspections i WHERE ${FILTER}`,
  findings: `SELECT count(*)::int AS n FROM findings f JOIN inspections i ON i.id = f.inspection_id WHERE ${FILTER}`,
  decisions: `SELECT count(*)::int AS n FROM decisions d JOIN inspections i ON i.id = d.inspection_id WHERE ${FILTER} AND d.decided_at <= $5::timestamptz`,
};

/** A timestamp as text with PostgreSQL's microseconds: a JavaScript Date would round keyset positions to milliseconds. */
const microseconds = (expression: string): string => `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** Fixes the export's scope at PostgreSQL's clock and counts its rows (for the audit row, written before any row leaves). */
export async function exportScope(db: Db, kind: ExportKind, query: ExportQuery): Promise<{ scope: ExportScope; rows: number }> {
  const { rows: now } = await db.query<{ cutoff: string }>(`SELECT ${microseconds('clock_timestamp()')} AS cutoff`);
  const scope = { ...query, cutoff: now[0]?.cutoff ?? '' };
  const { rows } = await db.query<{ n: number }>(COUNT_SQL[kind], filterParams(scope));
  return { scope, rows: rows[0]?.n ?? 0 };
}

/** Inspections per query: each batch is one short query, so an export never holds a connection or a transaction open. */
export const EXPORT_BATCH = 500;

export interface InspectionKey {
  readonly id: string;
  readonly received_key: string;
}

/**
 * The file, chunk by chunk: BOM and header, then the rows of each batch of
 * inspections, walked by keyset on (received_at, id) — the inbox index — so
 * memory stays flat whatever the number of inspections.
 */
export async function* exportCsv(db: Db, kind: ExportKind, scope: ExportScope, batch = EXPORT_BATCH): AsyncGenerator<Buffer> {
  yield Buffer.from(CSV_BOM + csvRow(EXPORT_COLUMNS[kind]), 'utf8');
  let after: InspectionKey | undefined;
  for (;;) {
    const { rows: keys } = await db.query<InspectionKey>(
      `SELECT i.id, ${microseconds('i.received_at')} AS received_key FROM inspections i
       WHERE ${FILTER} AND ($6::timestamptz IS NULL OR (i.received_at, i.id) > ($6::timestamptz, $7::text))
       ORDER BY i.received_at, i.id LIMIT $8`,
      [...filterParams(scope), after?.received_key ?? null, after?.id ?? null, batch],
    );
    if (keys.length === 0) return;
    const rows: readonly (readonly CsvValue[])[] = await rowsFor(db, kind, keys.map((k) => k.id), scope.cutoff);
    if (rows.length > 0) yield Buffer.from(rows.map(csvRow).join(''), 'utf8');
    after = keys[keys.length - 1];
    if (keys.length < batch) return;
  }
}
