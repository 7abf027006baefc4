import { Bar, BarChart, CartesianGrid, Rectangle, Tooltip, XAxis, YAxis, type BarShapeProps } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { DecisionOutcome, Dashboard } from '../../../../shared/hq/insights';
import { ChartCard } from '../ChartCard';
import { DaysFigures, DaysToDecisionTable, OutcomesTable, RecommendationsTable, bucketRows } from '../dashboard-tables';
import { useHqLabels } from '../labels';
import { AXIS_TICK, CHART_HEIGHT, CHART_WIDTH, COLOURS, barsHeight } from './chart-style';

/** Bars of labelled counts, one colour per bar when given. */
function CountBars({ rows, name, labelWidth }: { rows: readonly { label: string; count: number; colour?: string }[]; name: string; labelWidth: number }) {
  const l = useHqLabels();
  return (
    <BarChart layout="vertical" width={CHART_WIDTH} height={barsHeight(rows.length)} data={[...rows]} margin={{ top: 4, right: 24, bottom: 4, left: 0 }}>
      <CartesianGrid stroke={COLOURS.grid} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
      <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={AXIS_TICK} />
      <Tooltip formatter={(value) => l.number(Number(value))} />
      <Bar dataKey="count" name={name} fill={COLOURS.inspections} isAnimationActive={false}
        shape={(bar: BarShapeProps) => <Rectangle x={bar.x} y={bar.y} width={bar.width} height={bar.height} fill={rows[bar.index]?.colour ?? COLOURS.inspections} />} />
    </BarChart>
  );
}

function topSummary(t: ReturnType<typeof useTranslation>['t'], l: ReturnType<typeof useHqLabels>, rows: readonly { label: string; count: number }[]): string {
  const top = [...rows].sort((a, b) => b.count - a.count)[0];
  return top === undefined ? '' : t('hqInsights.chart.topSummary', { name: top.label, count: l.number(top.count) });
}

export function RecommendationsChart({ rows }: { rows: Dashboard['recommendations'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = rows.map((r) => ({ label: l.recommendation(r.kind), count: r.count }));
  return (
    <ChartCard title={t('hqInsights.dashboard.recommendations')} summary={topSummary(t, l, data)} empty={rows.length === 0}
      table={<RecommendationsTable rows={rows} hideCaption />} chart={<CountBars rows={data} name={t('hqInsights.col.count')} labelWidth={190} />} />
  );
}

const OUTCOME_COLOURS: Record<DecisionOutcome, string> = { approve: COLOURS.commendable, change: COLOURS.findings, reject: COLOURS.neutral };

export function OutcomesChart({ rows }: { rows: Dashboard['outcomes'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = rows.map((r) => ({ label: l.outcome(r.outcome), count: r.count, colour: OUTCOME_COLOURS[r.outcome] }));
  return (
    <ChartCard title={t('hqInsights.dashboard.outcomes')} summary={topSummary(t, l, data)} empty={rows.length === 0}
      table={<OutcomesTable rows={rows} hideCaption />} chart={<CountBars rows={data} name={t('hqInsights.col.count')} labelWidth={170} />} />
  );
}

/** Days from sealing to the first released decision: buckets as bars, median and P90 as figures. */
export function DaysToDecisionChart({ days }: { days: Dashboard['daysToDecision'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = bucketRows(days).map((b) => ({ label: l.bucket(b.from, b.upTo), count: b.count }));
  const summary = t('hqInsights.chart.daysSummary', {
    count: l.number(days.count),
    median: days.median === null ? '—' : l.number(days.median),
    p90: days.p90 === null ? '—' : l.number(days.p90),
  });
  return (
    <ChartCard title={t('hqInsights.dashboard.daysToDecision')} summary={summary} empty={days.count === 0}
      extra={<DaysFigures days={days} />} table={<DaysToDecisionTable days={days} hideCaption />} chart={
        <BarChart width={CHART_WIDTH} height={CHART_HEIGHT} data={data} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
          <CartesianGrid stroke={COLOURS.grid} vertical={false} />
          <XAxis dataKey="label" tick={AXIS_TICK} interval={0} />
          <YAxis allowDecimals={false} tick={AXIS_TICK} width={40} />
          <Tooltip formatter={(value) => l.number(Number(value))} />
          <Bar dataKey="count" name={t('hqInsights.col.inspections')} fill={COLOURS.inspections} isAnimationActive={false} />
        </BarChart>
      } />
  );
}
