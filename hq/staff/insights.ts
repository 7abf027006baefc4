import type { FindingKind, RecommendationKind } from '../../shared/domain/finding';
import type { DecisionOutcome, OfficeProfile, OfficialProfile, ProfileSummary, ReviewStatus, TimelineEntry } from '../../shared/hq/insights';
import type { Db } from '../db/pool';

/**
 * Office and official profiles (issue 6). Each is a few statements built by the
 * `*Sql` functions below — exported so tests/bench/hq-queries.bench.e2e.ts times
 * and EXPLAINs exactly what the routes run. They read the columns and indexes
 * of migration 004; of the sealed records (jsonb) they open one at most.
 */

/** One parameterised statement, as node-postgres takes it. */
export interface SqlQuery {
  readonly text: string;
  readonly values: unknown[];
}

/** Profiles list at most this many timeline entries (and an office's newest inspections). */
export const PROFILE_LIMIT = 500;

/** The entry for `key` in the current published roster's `list` (`offices` by code, `officials` by id), or null. */
const rosterEntry = (list: 'offices' | 'officials', key: 'code' | 'id', param: string) =>
  `(SELECT jsonb_path_query_first(p.body, '$.${list}[*] ? (@.${key} == $key)', jsonb_build_object('key', ${param}::text))
    FROM published p WHERE p.kind = 'roster' ORDER BY p.published_at DESC, p.version DESC LIMIT 1)`;

/** A finding's facts and its current decision (released or pending), as a timeline entry needs them. */
const TIMELINE_COLUMNS = `f.id AS finding_id, f.kind, f.severity, f.recommendation_kind, f.citations, f.record->>'narrative' AS narrative, f.official_id, f.official_name,
            d.outcome, d.changed_to, d.reason, d.decided_at, d.needs_approval, d.approved_at, d.released_at`;
const CURRENT_DECISION = 'LEFT JOIN decisions d ON d.inspection_id = f.inspection_id AND d.finding_id = f.id AND d.superseded_at IS NULL';

export const officeSql = {
  /** The roster's entry, the newest record's view of the office, and the summary. */
  header: (code: string): SqlQuery => ({
    text: `SELECT ${rosterEntry('offices', 'code', '$1')} AS roster,
            (SELECT jsonb_build_object('name', i.office_name, 'province', i.province, 'address', i.record->'office'->>'address')
             FROM inspections i WHERE i.office_code = $1 ORDER BY i.sealed_at DESC, i.id DESC LIMIT 1) AS seen,
            s.inspections, s.commendable, s.adverse,
            (SELECT count(*)::int FROM inspections i JOIN decisions d ON d.inspection_id = i.id
             WHERE i.office_code = $1 AND d.superseded_at IS NULL AND d.released_at IS NOT NULL) AS decided
     FROM (SELECT count(*)::int AS inspections, COALESCE(sum(findings_count - adverse_count), 0)::int AS commendable, COALESCE(sum(adverse_count), 0)::int AS adverse
           FROM inspections WHERE office_code = $1) s`,
    values: [code],
  }),
  inspections: (code: string): SqlQuery => ({
    text: `SELECT id, sealed_at, review_status, findings_count, adverse_count FROM inspections
     WHERE office_code = $1 ORDER BY sealed_at DESC, id DESC LIMIT ${PROFILE_LIMIT}`,
    values: [code],
  }),
  /** The newest inspections one by one, each one's findings by the primary key, until the page is full. */
  timeline: (code: string): SqlQuery => ({
    text: `SELECT i.id AS inspection_id, i.office_code, i.sealed_at, t.*
     FROM (SELECT id, office_code, sealed_at FROM inspections WHERE office_code = $1 ORDER BY sealed_at DESC, id DESC LIMIT ${PROFILE_LIMIT}) i
     CROSS JOIN LATERAL (SELECT ${TIMELINE_COLUMNS} FROM findings f ${CURRENT_DECISION}
                         WHERE f.inspection_id = i.id ORDER BY f.id LIMIT ${PROFILE_LIMIT}) t
     ORDER BY i.sealed_at DESC, i.id DESC, t.finding_id LIMIT ${PROFILE_LIMIT}`,
    values: [code],
  }),
};

export const officialSql = {
  /** The roster's entry, the newest record's snapshot of the official, and the summary over all their findings. */
  header: (id: string): SqlQuery => ({
    text: `SELECT ${rosterEntry('officials', 'id', '$1')} AS roster,
            (SELECT COALESCE(jsonb_path_query_first(i.record, '$.officials[*] ? (@.id == $key)', jsonb_build_object('key', $1::text)), '{}')
                    || jsonb_build_object('inspectedOffice', i.office_code)
             FROM findings f JOIN inspections i ON i.id = f.inspection_id
             WHERE f.official_id = $1 ORDER BY i.sealed_at DESC, i.id DESC LIMIT 1) AS seen,
            count(DISTINCT f.inspection_id)::int AS inspections,
            (count(*) FILTER (WHERE f.kind = 'commendable'))::int AS commendable,
            (count(*) FILTER (WHERE f.kind = 'violation'))::int AS adverse,
            (count(d.id) FILTER (WHERE d.released_at IS NOT NULL))::int AS decided
     FROM findings f LEFT JOIN decisions d ON d.inspection_id = f.inspection_id AND d.finding_id = f.id AND d.superseded_at IS NULL
     WHERE f.official_id = $1`,
    values: [id],
  }),
  timeline: (id: string): SqlQuery => ({
    text: `SELECT i.id AS inspection_id, i.office_code, i.sealed_at, ${TIMELINE_COLUMNS}
     FROM findings f JOIN inspections i ON i.id = f.inspection_id ${CURRENT_DECISION}
     WHERE f.official_id = $1 ORDER BY i.sealed_at DESC, i.id DESC, f.id LIMIT ${PROFILE_LIMIT}`,
    values: [id],
  }),
};

interface TimelineRow {
  inspection_id: string;
  office_code: string;
  sealed_at: Date;
  finding_id: string;
  kind: FindingKind;
  severity: string;
  recommendation_kind: RecommendationKind | null;
  citations: string[];
  narrative: string | null;
  official_id: string | null;
  official_name: string | null;
  outcome: DecisionOutcome | null;
  changed_to: RecommendationKind | null;
  reason: string | null;
  decided_at: Date | null;
  needs_approval: boolean | null;
  approved_at: Date | null;
  released_at: Date | null;
}

function timelineEntry(row: TimelineRow): TimelineEntry {
  return {
    inspectionId: row.inspection_id,
    officeCode: row.office_code,
    sealedAt: row.sealed_at.toISOString(),
    findingId: row.finding_id,
    kind: row.kind,
    severity: row.severity,
    recommendation: row.recommendation_kind,
    citations: row.citations,
    narrative: row.narrative ?? '',
    officialId: row.official_id,
    officialName: row.official_name,
    decision:
      row.outcome === null || row.decided_at === null
        ? null
        : {
            outcome: row.outcome,
            changedTo: row.changed_to,
            reason: row.reason ?? '',
            decidedAt: row.decided_at.toISOString(),
            needsApproval: row.needs_approval === true,
            approvedAt: row.approved_at?.toISOString() ?? null,
            released: row.released_at !== null,
          },
  };
}

type Json = Record<string, unknown> | null;
const text = (source: Json, key: string): string | null => {
  const value = source?.[key];
  return typeof value === 'string' ? value : null;
};
/** The roster's value, else what the newest record said. */
const firstOf = (roster: Json, seen: Json, key: string): string | null => text(roster, key) ?? text(seen, key);

interface SummaryRow {
  roster: Json;
  seen: Json;
  inspections: number;
  commendable: number;
  adverse: number;
  decided: number;
}
const summaryOf = (row: SummaryRow): ProfileSummary => ({ inspections: row.inspections, commendable: row.commendable, adverse: row.adverse, decided: row.decided });

/** Undefined when HQ has never heard of the office: not in the published roster, no inspection. */
export async function officeProfile(db: Db, code: string): Promise<OfficeProfile | undefined> {
  const [header, inspections, timeline] = await Promise.all([
    db.query<SummaryRow>(officeSql.header(code)),
    db.query<{ id: string; sealed_at: Date; review_status: ReviewStatus; findings_count: number; adverse_count: number }>(officeSql.inspections(code)),
    db.query<TimelineRow>(officeSql.timeline(code)),
  ]);
  const row = header.rows[0];
  if (row === undefined || (row.roster === null && row.inspections === 0)) return undefined;
  return {
    office: {
      code,
      name: firstOf(row.roster, row.seen, 'name'),
      province: firstOf(row.roster, row.seen, 'province'),
      address: firstOf(row.roster, row.seen, 'address'),
    },
    summary: summaryOf(row),
    inspections: inspections.rows.map((i) => ({
      id: i.id,
      sealedAt: i.sealed_at.toISOString(),
      reviewStatus: i.review_status,
      findings: i.findings_count,
      adverse: i.adverse_count,
    })),
    timeline: timeline.rows.map(timelineEntry),
  };
}

/** Undefined when HQ has never heard of the official: not in the published roster, no finding about them. */
export async function officialProfile(db: Db, id: string): Promise<OfficialProfile | undefined> {
  const [header, timeline] = await Promise.all([db.query<SummaryRow>(officialSql.header(id)), db.query<TimelineRow>(officialSql.timeline(id))]);
  const row = header.rows[0];
  if (row === undefined || (row.roster === null && row.inspections === 0)) return undefined;
  return {
    official: {
      id,
      name: firstOf(row.roster, row.seen, 'fullName'),
      position: firstOf(row.roster, row.seen, 'position'),
      unit: firstOf(row.roster, row.seen, 'unit'),
      officeCode: text(row.roster, 'officeCode') ?? text(row.seen, 'officeCode') ?? text(row.seen, 'inspectedOffice'),
    },
    summary: summaryOf(row),
    timeline: timeline.rows.map(timelineEntry),
  };
}
