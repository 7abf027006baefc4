import { z } from 'zod';
import type { RecommendationKind } from '../../shared/domain/finding';
import type { Dashboard, DecisionOutcome } from '../../shared/hq/insights';
import type { Db } from '../db/pool';
import type { SqlQuery } from './insights';

/**
 * GET /v1/hq/dashboard: counts over inspections sealed in a period. Whole months
 * and, at the period's ends, whole days (Vietnam time) are read from the
 * aggregates of migration 004, which triggers keep exact; only what is left of a
 * day (a bound with a time of day) is counted from the rows themselves. So the
 * cost does not grow with the number of inspections in the period.
 */
const Bound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);
export const DashboardQuery = z
  .object({ from: Bound.optional(), to: Bound.optional(), province: z.string().trim().min(1).max(100).optional() })
  .refine((q) => q.from === undefined || q.to === undefined || instant(q.from) < instant(q.to), { path: ['to'] });
export type DashboardQuery = z.infer<typeof DashboardQuery>;

/** Vietnam has kept UTC+7 without daylight saving since 1975. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** A bare date is Vietnam's midnight of that day; a date-time carries its own offset. Milliseconds, as JS and the bounds keep them. */
export function instant(bound: string): number {
  return Date.parse(/^\d{4}-\d\d-\d\d$/.test(bound) ? `${bound}T00:00:00+07:00` : bound);
}

/** Vietnam calendar units: the start of the unit holding `at`, and of the one after. */
interface Unit {
  readonly floor: (at: number) => number;
  readonly next: (start: number) => number;
}
const MONTH: Unit = {
  floor: (at) => {
    const local = new Date(at + VIETNAM_OFFSET_MS);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), 1) - VIETNAM_OFFSET_MS;
  },
  next: (start) => {
    const local = new Date(start + VIETNAM_OFFSET_MS);
    return Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 1) - VIETNAM_OFFSET_MS;
  },
};
const DAY: Unit = { floor: (at) => Math.floor((at + VIETNAM_OFFSET_MS) / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS, next: (start) => start + DAY_MS };

type Span = readonly [number | null, number | null];
/** The whole units inside [from, to) (null = open end), and what is left at either end. */
function split([from, to]: Span, unit: Unit): { whole: Span | null; rest: (readonly [number, number])[] } {
  const first = from === null ? null : unit.floor(from) === from ? from : unit.next(unit.floor(from));
  const last = to === null ? null : unit.floor(to);
  if (from !== null && to !== null && first !== null && last !== null && first >= last) return { whole: null, rest: from < to ? [[from, to]] : [] };
  const rest: (readonly [number, number])[] = [];
  if (from !== null && first !== null && from < first) rest.push([from, first]);
  if (to !== null && last !== null && last < to) rest.push([last, to]);
  return { whole: [first, last], rest };
}

/** The Vietnam date (`YYYY-MM-DD`) a unit starting at `start` is filed under in the aggregates. */
const bucketOf = (start: number | null): string | null => (start === null ? null : new Date(start + VIETNAM_OFFSET_MS).toISOString().slice(0, 10));
const iso = (at: number): string => new Date(at).toISOString();

/**
 * Where each part of a period is counted: whole months and whole days from the aggregates (buckets
 * `[from, to)`, null = open), what is left of a day from the rows (ISO instants `[from, to)`).
 */
export interface DashboardPlan {
  readonly months: readonly [string | null, string | null] | null;
  readonly days: readonly (readonly [string, string])[];
  readonly rows: readonly (readonly [string, string])[];
  readonly province: string | null;
}

export function planDashboard(query: DashboardQuery): DashboardPlan {
  const months = split([query.from === undefined ? null : instant(query.from), query.to === undefined ? null : instant(query.to)], MONTH);
  const days: (readonly [string, string])[] = [];
  const rows: (readonly [string, string])[] = [];
  for (const end of months.rest) {
    const inner = split(end, DAY);
    const [from, to] = inner.whole ?? [null, null];
    if (from !== null && to !== null) days.push([bucketOf(from) ?? '', bucketOf(to) ?? '']);
    rows.push(...inner.rest.map(([a, b]) => [iso(a), iso(b)] as const));
  }
  return { months: months.whole === null ? null : [bucketOf(months.whole[0]), bucketOf(months.whole[1])], days, rows, province: query.province ?? null };
}

/** The whole dashboard as one statement: each figure sums the aggregates' buckets and, for parts of a day, the rows' own. */
export function dashboardSql(plan: DashboardPlan): SqlQuery {
  const values: unknown[] = [];
  const param = (value: unknown): string => `$${values.push(value)}`;
  const province = plan.province === null ? null : param(plan.province);
  const buckets = [
    ...(plan.months === null
      ? []
      : [
          `(grain = 'month'${plan.months[0] === null ? '' : ` AND bucket >= ${param(plan.months[0])}::date`}${plan.months[1] === null ? '' : ` AND bucket < ${param(plan.months[1])}::date`})`,
        ]),
    ...plan.days.map(([from, to]) => `(grain = 'day' AND bucket >= ${param(from)}::date AND bucket < ${param(to)}::date)`),
  ];
  const statsWhere = buckets.length === 0 ? '' : `(${buckets.join(' OR ')})${province === null ? '' : ` AND province = ${province}`}`;
  const stats = (columns: string, table: string): string[] => (statsWhere === '' ? [] : [`SELECT ${columns} FROM ${table} WHERE ${statsWhere}`]);
  const spans = plan.rows.map(([from, to]) => `(i.sealed_at >= ${param(from)}::timestamptz AND i.sealed_at < ${param(to)}::timestamptz)`);
  const rowWhere = spans.length === 0 ? '' : `(${spans.join(' OR ')})${province === null ? '' : ` AND i.province = ${province}`}`;
  const rows = (select: string): string[] => (rowWhere === '' ? [] : [select]);
  // Findings and decisions of those few inspections are fetched inspection by inspection through their keys
  // (OFFSET 0 keeps each lateral subquery a per-row index lookup instead of a join the planner might hash over the table).
  const findingsOf = (columns: string) => `CROSS JOIN LATERAL (SELECT ${columns} FROM findings f WHERE f.inspection_id = i.id OFFSET 0) f`;
  const union = (parts: string[], empty: string): string => (parts.length === 0 ? `${empty} LIMIT 0` : parts.join('\n       UNION ALL '));

  const sources = [
    `office_src AS (${union(
      [
        ...stats("CASE grain WHEN 'month' THEN bucket ELSE date_trunc('month', bucket::timestamp)::date END AS month, office_code, province, inspections, findings, commendable, adverse", 'stats_office'),
        ...rows(`SELECT hq_vn_bucket('month', i.sealed_at) AS month, i.office_code, COALESCE(i.province, '') AS province, 1 AS inspections, i.findings_count AS findings,
                        i.findings_count - i.adverse_count AS commendable, i.adverse_count AS adverse
                 FROM inspections i WHERE ${rowWhere}`),
      ],
      "SELECT NULL::date AS month, ''::text AS office_code, ''::text AS province, 0 AS inspections, 0 AS findings, 0 AS commendable, 0 AS adverse",
    )})`,
    `finding_rows AS MATERIALIZED (${union(
      rows(`SELECT f.citations, f.recommendation_kind FROM inspections i ${findingsOf('f.citations, f.recommendation_kind')} WHERE ${rowWhere}`),
      "SELECT '{}'::text[] AS citations, NULL::text AS recommendation_kind",
    )})`,
    `citation_src AS (${union(
      [...stats('citation, findings', 'stats_citation'), ...rows('SELECT c AS citation, 1 AS findings FROM finding_rows, unnest(citations) AS c')],
      "SELECT ''::text AS citation, 0 AS findings",
    )})`,
    `kind_src AS (${union(
      [...stats('kind, findings', 'stats_recommendation'), ...rows('SELECT recommendation_kind AS kind, 1 AS findings FROM finding_rows WHERE recommendation_kind IS NOT NULL')],
      "SELECT ''::text AS kind, 0 AS findings",
    )})`,
    `outcome_src AS (${union(
      [
        ...stats('outcome, decisions', 'stats_outcome'),
        ...rows(`SELECT d.outcome, 1 AS decisions FROM inspections i
                 CROSS JOIN LATERAL (SELECT d.outcome FROM decisions d WHERE d.inspection_id = i.id AND d.superseded_at IS NULL AND d.released_at IS NOT NULL OFFSET 0) d
                 WHERE ${rowWhere}`),
      ],
      "SELECT ''::text AS outcome, 0 AS decisions",
    )})`,
    `days_src AS (${union(
      [
        ...stats('days, inspections', 'stats_decision_days'),
        ...rows(`SELECT hq_whole_days(i.sealed_at, i.first_released_at) AS days, 1 AS inspections FROM inspections i WHERE ${rowWhere} AND i.first_released_at IS NOT NULL`),
      ],
      'SELECT 0 AS days, 0 AS inspections',
    )})`,
  ];
  const list = (select: string, order: string): string => `(SELECT COALESCE(json_agg(t ORDER BY ${order}), '[]') FROM (${select}) t)`;
  const text = `WITH ${sources.join(',\n     ')}
     SELECT ${list(`SELECT to_char(month, 'YYYY-MM') AS month, sum(inspections)::int AS inspections, sum(findings)::int AS findings FROM office_src GROUP BY month`, 't.month')} AS per_month,
            ${list('SELECT citation, sum(findings)::int AS count FROM citation_src GROUP BY citation HAVING sum(findings) > 0 ORDER BY 2 DESC, 1 LIMIT 10', 't.count DESC, t.citation')} AS top_rules,
            ${list(
              `SELECT office_code AS "officeCode", max(NULLIF(province, '')) AS province, sum(commendable)::int AS commendable, sum(adverse)::int AS adverse, sum(findings)::int AS findings
               FROM office_src GROUP BY office_code ORDER BY sum(findings) DESC, office_code LIMIT 20`,
              't.findings DESC, t."officeCode"',
            )} AS by_office,
            ${list(
              `SELECT province, sum(commendable)::int AS commendable, sum(adverse)::int AS adverse FROM office_src WHERE province <> '' GROUP BY province`,
              't.commendable + t.adverse DESC, t.province',
            )} AS by_province,
            ${list('SELECT kind, sum(findings)::int AS count FROM kind_src GROUP BY kind HAVING sum(findings) > 0', 't.count DESC, t.kind')} AS recommendations,
            ${list('SELECT outcome, sum(decisions)::int AS count FROM outcome_src GROUP BY outcome HAVING sum(decisions) > 0', 't.count DESC, t.outcome')} AS outcomes,
            ${list('SELECT days, sum(inspections)::int AS count FROM days_src GROUP BY days HAVING sum(inspections) > 0', 't.days')} AS days`;
  return { text, values };
}

/** Buckets of days to decision: 0–1, 2–7, 8–30, 31–90, more. */
const DAY_BUCKETS = [1, 7, 30, 90, null] as const;

/** Count, median and 90th percentile (nearest rank) and buckets of a histogram of whole days. */
export function daysSummary(histogram: readonly { days: number; count: number }[]): Dashboard['daysToDecision'] {
  const count = histogram.reduce((sum, h) => sum + h.count, 0);
  const rank = (p: number): number | null => {
    if (count === 0) return null;
    const wanted = Math.ceil(p * count);
    let seen = 0;
    for (const h of histogram) {
      seen += h.count;
      if (seen >= wanted) return h.days;
    }
    return null;
  };
  const buckets = DAY_BUCKETS.map((upTo, index) => {
    const above = index === 0 ? -1 : (DAY_BUCKETS[index - 1] ?? -1);
    return { upTo, count: histogram.filter((h) => h.days > above && (upTo === null || h.days <= upTo)).reduce((sum, h) => sum + h.count, 0) };
  });
  return { count, median: rank(0.5), p90: rank(0.9), buckets };
}

interface DashboardRow {
  per_month: Dashboard['perMonth'];
  top_rules: Dashboard['topRules'];
  by_office: (Dashboard['byOffice'][number] & { findings?: number })[];
  by_province: Dashboard['byProvince'];
  recommendations: { kind: RecommendationKind; count: number }[];
  outcomes: { outcome: DecisionOutcome; count: number }[];
  days: { days: number; count: number }[];
}

export async function dashboard(db: Db, query: DashboardQuery): Promise<Dashboard> {
  const { rows } = await db.query<DashboardRow>(dashboardSql(planDashboard(query)));
  const row = rows[0];
  if (row === undefined) throw new Error('the dashboard statement answers one row');
  return {
    period: { from: query.from ?? null, to: query.to ?? null, province: query.province ?? null },
    perMonth: row.per_month,
    topRules: row.top_rules,
    byOffice: row.by_office.map(({ officeCode, province, commendable, adverse }) => ({ officeCode, province, commendable, adverse })),
    byProvince: row.by_province,
    recommendations: row.recommendations,
    outcomes: row.outcomes,
    daysToDecision: daysSummary(row.days),
  };
}
