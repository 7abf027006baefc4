import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/hq/insights';
import { hqHash } from '../hq-route';
import { DataTable } from './DataTable';
import { formatMonth, useHqLabels } from './labels';

/*
 * The dashboard's numbers as tables: behind each chart's "show data" toggle,
 * and on their own in the printable period summary.
 */

export function PerMonthTable({ rows, hideCaption = false }: { rows: Dashboard['perMonth']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.perMonth')} headers={[t('hqInsights.col.month'), t('hqInsights.col.inspections'), t('hqInsights.col.findings')]}
      rows={rows.map((r) => [formatMonth(r.month, l.locale), l.number(r.inspections), l.number(r.findings)])} />
  );
}

export function TopRulesTable({ rows, hideCaption = false }: { rows: Dashboard['topRules']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.topRules')} headers={[t('hqInsights.col.citation'), t('hqInsights.col.citations')]}
      rows={rows.map((r) => [<code key="c" className="hqi-citation">{r.citation}</code>, l.number(r.count)])} />
  );
}

export function ByProvinceTable({ rows, hideCaption = false }: { rows: Dashboard['byProvince']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.byProvince')} headers={[t('hqInsights.col.province'), t('hqInsights.col.commendable'), t('hqInsights.col.adverse')]}
      rows={rows.map((r) => [r.province, l.number(r.commendable), l.number(r.adverse)])} />
  );
}

export function ByOfficeTable({ rows, hideCaption = false }: { rows: Dashboard['byOffice']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.byOffice')} textColumns={2}
      headers={[t('hqInsights.col.office'), t('hqInsights.col.province'), t('hqInsights.col.commendable'), t('hqInsights.col.adverse')]}
      rows={rows.map((r) => [<a key="o" href={hqHash({ name: 'office', code: r.officeCode })}>{r.officeCode}</a>, r.province ?? '—', l.number(r.commendable), l.number(r.adverse)])} />
  );
}

export function RecommendationsTable({ rows, hideCaption = false }: { rows: Dashboard['recommendations']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.recommendations')} headers={[t('hqInsights.col.recommendation'), t('hqInsights.col.count')]}
      rows={rows.map((r) => [l.recommendation(r.kind), l.number(r.count)])} />
  );
}

export function OutcomesTable({ rows, hideCaption = false }: { rows: Dashboard['outcomes']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.outcomes')} headers={[t('hqInsights.col.outcome'), t('hqInsights.col.count')]}
      rows={rows.map((r) => [l.outcome(r.outcome), l.number(r.count)])} />
  );
}

/** Buckets with their day ranges: each starts one day after the previous one's `upTo`. */
export function bucketRows(days: Dashboard['daysToDecision']): { from: number; upTo: number | null; count: number }[] {
  let from = 0;
  return days.buckets.map((b) => {
    const row = { from, upTo: b.upTo, count: b.count };
    if (b.upTo !== null) from = b.upTo + 1;
    return row;
  });
}

export function DaysToDecisionTable({ days, hideCaption = false }: { days: Dashboard['daysToDecision']; hideCaption?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <DataTable hideCaption={hideCaption} caption={t('hqInsights.dashboard.daysToDecision')} headers={[t('hqInsights.col.days'), t('hqInsights.col.inspections')]}
      rows={bucketRows(days).map((b) => [l.bucket(b.from, b.upTo), l.number(b.count)])} />
  );
}

/** Decided count, median and 90th percentile, as figures (never only as bars). */
export function DaysFigures({ days, showCount = true }: { days: Dashboard['daysToDecision']; showCount?: boolean }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const daysText = (value: number | null) => (value === null ? '—' : t('hqInsights.days.value', { days: l.number(value) }));
  return (
    <dl className="hqi-figures hqi-figures-small">
      {showCount && <div><dt>{t('hqInsights.days.decided')}</dt><dd>{l.number(days.count)}</dd></div>}
      <div><dt>{t('hqInsights.days.median')}</dt><dd>{daysText(days.median)}</dd></div>
      <div><dt>{t('hqInsights.days.p90')}</dt><dd>{daysText(days.p90)}</dd></div>
    </dl>
  );
}
