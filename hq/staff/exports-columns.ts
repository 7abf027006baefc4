import type { Db } from '../db/pool';
import type { CsvValue } from './csv';

export type ExportKind = 'inspections' | 'findings' | 'decisions';

type Row = Readonly<Record<string, unknown>>;
/** A column: its header (English snake_case, documented in hq/API.md) and the query column it reads. */
type Column = readonly [header: string, read: (row: Row) => CsvValue];

const text = (key: string) => (row: Row): CsvValue => {
  const value = row[key];
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
};
const time = (key: string) => (row: Row): CsvValue => {
  const value = row[key];
  return value instanceof Date ? value.toISOString() : null;
};
const same = (...keys: string[]): Column[] => keys.map((key) => [key, text(key)]);
const times = (...keys: string[]): Column[] => keys.map((key) => [key, time(key)]);

/** The official a finding names, as the sealed record describes them on the day (record.officials). */
const OFFICIAL = `LEFT JOIN LATERAL (
    SELECT o AS official FROM jsonb_array_elements(CASE WHEN jsonb_typeof(i.record->'officials') = 'array' THEN i.record->'officials' ELSE '[]'::jsonb END) o
    WHERE o->>'id' = f.official_id LIMIT 1) named ON f.official_id IS NOT NULL`;

interface Export {
  readonly columns: readonly Column[];
  /** $1: the batch's inspection ids, in keyset order; $2: the scope's cutoff. */
  readonly sql: string;
}

const EXPORTS: Readonly<Record<ExportKind, Export>> = {
  inspections: {
    columns: [
      ...same('inspection_id', 'office_code', 'office_name', 'province', 'template_id', 'template_version', 'unannounced', 'arrival_at'),
      ...times('sealed_at', 'received_at'),
      ...same('review_status', 'findings', 'violations', 'commendable', 'evidence', 'addenda', 'device_id', 'bundle_id'),
    ],
    sql: `SELECT i.id AS inspection_id, i.office_code, i.record->'office'->>'name' AS office_name, i.record->'office'->>'province' AS province,
            i.template_id, i.template_version, (i.record->'inspection'->>'unannounced')::boolean AS unannounced, i.record->'inspection'->>'arrivalAt' AS arrival_at,
            i.sealed_at, i.received_at, i.review_status,
            (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id) AS findings,
            (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id AND f.kind = 'violation') AS violations,
            (SELECT count(*)::int FROM findings f WHERE f.inspection_id = i.id AND f.kind = 'commendable') AS commendable,
            (SELECT count(*)::int FROM evidence e WHERE e.inspection_id = i.id) AS evidence,
            (SELECT count(*)::int FROM addenda a WHERE a.inspection_id = i.id AND a.received_at <= $2::timestamptz) AS addenda,
            i.device_id::text AS device_id, i.bundle_id::text AS bundle_id
          FROM inspections i WHERE i.id = ANY($1::text[]) ORDER BY array_position($1::text[], i.id)`,
  },
  findings: {
    columns: [
      ...same('inspection_id', 'office_code', 'province'),
      ...times('sealed_at'),
      ...same('finding_id', 'kind', 'category', 'severity', 'subject', 'official_id', 'official_name', 'official_position', 'official_unit', 'observed_at', 'narrative'),
      ...same('explanation', 'protection_claim', 'proposed_recommendation', 'inspector_recommendation', 'effective_recommendation', 'decision_outcome', 'decision_changed_to', 'decision_state'),
    ],
    sql: `SELECT f.inspection_id, i.office_code, i.record->'office'->>'province' AS province, i.sealed_at,
            f.id AS finding_id, f.kind, f.record->>'category' AS category, f.severity, f.record->'subject'->>'type' AS subject, f.official_id,
            named.official->>'fullName' AS official_name, named.official->>'position' AS official_position, named.official->>'unit' AS official_unit,
            f.record->>'observedAt' AS observed_at, f.record->>'narrative' AS narrative,
            COALESCE(f.record->'explanation'->>'type', 'none') AS explanation,
            COALESCE(jsonb_typeof(f.record->'protectionClaim') = 'object', false) AS protection_claim,
            f.recommendation->'proposal'->>'kind' AS proposed_recommendation, f.recommendation->'override'->>'kind' AS inspector_recommendation,
            f.recommendation->>'effective' AS effective_recommendation,
            d.outcome AS decision_outcome, d.changed_to AS decision_changed_to,
            CASE WHEN d.id IS NULL THEN NULL WHEN d.released_at IS NULL THEN 'pending_approval' ELSE 'released' END AS decision_state
          FROM findings f JOIN inspections i ON i.id = f.inspection_id ${OFFICIAL}
          LEFT JOIN decisions d ON d.inspection_id = f.inspection_id AND d.finding_id = f.id AND d.superseded_at IS NULL AND d.decided_at <= $2::timestamptz
          WHERE f.inspection_id = ANY($1::text[]) ORDER BY array_position($1::text[], f.inspection_id), f.id`,
  },
  decisions: {
    columns: [
      ...same('decision_id', 'inspection_id', 'finding_id', 'office_code', 'province', 'official_id', 'official_name', 'effective_recommendation'),
      ...same('outcome', 'changed_to', 'reason', 'state', 'decided_by'),
      ...times('decided_at'),
      ...same('needs_approval', 'approved_by'),
      ...times('approved_at', 'released_at', 'superseded_at'),
      ...same('superseded_by'),
    ],
    sql: `SELECT d.id::text AS decision_id, d.inspection_id, d.finding_id, i.office_code, i.record->'office'->>'province' AS province,
            f.official_id, named.official->>'fullName' AS official_name, f.recommendation->>'effective' AS effective_recommendation,
            d.outcome, d.changed_to, d.reason,
            CASE WHEN d.superseded_at IS NOT NULL THEN 'superseded' WHEN d.released_at IS NOT NULL THEN 'released' ELSE 'pending_approval' END AS state,
            decider.username AS decided_by, d.decided_at, d.needs_approval, approver.username AS approved_by,
            d.approved_at, d.released_at, d.superseded_at, d.superseded_by::text AS superseded_by
          FROM decisions d JOIN inspections i ON i.id = d.inspection_id
          JOIN findings f ON f.inspection_id = d.inspection_id AND f.id = d.finding_id ${OFFICIAL}
          JOIN hq_users decider ON decider.id = d.decided_by LEFT JOIN hq_users approver ON approver.id = d.approved_by
          WHERE d.inspection_id = ANY($1::text[]) AND d.decided_at <= $2::timestamptz
          ORDER BY array_position($1::text[], d.inspection_id), d.decided_at, d.id`,
  },
};

export const EXPORT_COLUMNS: Readonly<Record<ExportKind, readonly string[]>> = {
  inspections: EXPORTS.inspections.columns.map(([header]) => header),
  findings: EXPORTS.findings.columns.map(([header]) => header),
  decisions: EXPORTS.decisions.columns.map(([header]) => header),
};

/** The CSV rows of one batch of inspections (ids in keyset order). */
export async function rowsFor(db: Db, kind: ExportKind, inspectionIds: readonly string[], cutoff: string): Promise<CsvValue[][]> {
  const { columns, sql } = EXPORTS[kind];
  const { rows } = await db.query<Row>(sql, [inspectionIds, cutoff]);
  return rows.map((row) => columns.map(([, read]) => read(row)));
}
