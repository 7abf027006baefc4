import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/hq/insights';
import { ChartCard } from '../ChartCard';
import { PerMonthTable, TopRulesTable } from '../dashboard-tables';
import { formatMonth, useHqLabels } from '../labels';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, COLOURS, barsHeight } from './chart-style';

/** Inspections (bars) and findings (line) per month. */
export function PerMonthChart({ rows }: { rows: Dashboard['perMonth'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = rows.map((r) => ({ ...r, label: formatMonth(r.month, l.locale) }));
  const sum = (pick: (r: Dashboard['perMonth'][number]) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const summary = t('hqInsights.chart.perMonthSummary', { months: l.number(rows.length), inspections: l.number(sum((r) => r.inspections)), findings: l.number(sum((r) => r.findings)) });
  return (
    <ChartCard title={t('hqInsights.dashboard.perMonth')} summary={summary} empty={rows.length === 0} table={<PerMonthTable rows={rows} hideCaption />} chart={
      <ComposedChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={COLOURS.grid} vertical={false} />
        <XAxis dataKey="label" tick={AXIS_TICK} />
        <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
        <Tooltip formatter={(value) => l.number(Number(value))} />
        <Legend itemSorter={null} />
        <Bar dataKey="inspections" name={t('hqInsights.col.inspections')} fill={COLOURS.inspections} isAnimationActive={false} />
        <Line dataKey="findings" name={t('hqInsights.col.findings')} stroke={COLOURS.findings} strokeWidth={2} dot={{ r: 3 }} isAnimationActive={false} />
      </ComposedChart>
    } />
  );
}

/** The ten most-cited rules, by citation key. */
export function TopRulesChart({ rows }: { rows: Dashboard['topRules'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const top = rows[0];
  const summary = top === undefined ? '' : t('hqInsights.chart.topRulesSummary', { citation: top.citation, count: l.number(top.count) });
  return (
    <ChartCard title={t('hqInsights.dashboard.topRules')} summary={summary} empty={rows.length === 0} table={<TopRulesTable rows={rows} hideCaption />} chart={
      <BarChart layout="vertical" width={CHART_WIDTH} height={barsHeight(rows.length)} data={[...rows]} margin={{ top: 4, right: 24, bottom: 4, left: 0 }}>
        <CartesianGrid stroke={COLOURS.grid} horizontal={false} />
        <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
        <YAxis type="category" dataKey="citation" width={190} tick={{ ...AXIS_TICK, fontFamily: 'ui-monospace, "DejaVu Sans Mono", monospace', fontSize: 11 }} interval={0} />
        <Tooltip formatter={(value) => l.number(Number(value))} />
        <Bar dataKey="count" name={t('hqInsights.col.citations')} fill={COLOURS.inspections} isAnimationActive={false} />
      </BarChart>
    } />
  );
}
