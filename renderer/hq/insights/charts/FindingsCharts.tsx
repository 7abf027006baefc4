import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis, type YAxisTickContentProps } from 'recharts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../../shared/hq/insights';
import { hqHash } from '../../hq-route';
import { ChartCard } from '../ChartCard';
import { ByOfficeTable, ByProvinceTable } from '../dashboard-tables';
import { useHqLabels } from '../labels';
import { AXIS_TICK, CHART_WIDTH, COLOURS, barsHeight } from './chart-style';

interface StackRow { readonly label: string; readonly commendable: number; readonly adverse: number }

/** Commendable and adverse findings stacked per row; green and red with a legend naming both. */
function StackedFindings({ rows, labelWidth, tick }: { rows: readonly StackRow[]; labelWidth: number; tick?: (props: YAxisTickContentProps) => ReactNode }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <BarChart layout="vertical" width={CHART_WIDTH} height={barsHeight(rows.length) + 24} data={[...rows]} margin={{ top: 4, right: 24, bottom: 4, left: 0 }}>
      <CartesianGrid stroke={COLOURS.grid} horizontal={false} />
      <XAxis type="number" allowDecimals={false} tick={AXIS_TICK} />
      <YAxis type="category" dataKey="label" width={labelWidth} interval={0} tick={tick ?? AXIS_TICK} />
      <Tooltip formatter={(value) => l.number(Number(value))} />
      <Legend itemSorter={null} />
      <Bar dataKey="commendable" stackId="findings" name={t('hqInsights.col.commendable')} fill={COLOURS.commendable} isAnimationActive={false} />
      <Bar dataKey="adverse" stackId="findings" name={t('hqInsights.col.adverse')} fill={COLOURS.adverse} isAnimationActive={false} />
    </BarChart>
  );
}

function stackSummary(t: ReturnType<typeof useTranslation>['t'], l: ReturnType<typeof useHqLabels>, rows: readonly StackRow[]): string {
  const top = [...rows].sort((a, b) => b.commendable + b.adverse - (a.commendable + a.adverse))[0];
  return top === undefined ? '' : t('hqInsights.chart.stackSummary', { name: top.label, commendable: l.number(top.commendable), adverse: l.number(top.adverse) });
}

export function ByProvinceChart({ rows }: { rows: Dashboard['byProvince'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = rows.map((r) => ({ label: r.province, commendable: r.commendable, adverse: r.adverse }));
  return (
    <ChartCard title={t('hqInsights.dashboard.byProvince')} summary={stackSummary(t, l, data)} empty={rows.length === 0}
      table={<ByProvinceTable rows={rows} hideCaption />} chart={<StackedFindings rows={data} labelWidth={150} />} />
  );
}

/** An office code on the axis is a link to the office's profile (SVG links take keyboard focus). */
function OfficeTick({ x, y, payload }: YAxisTickContentProps) {
  const code = String(payload.value);
  return (
    <a href={hqHash({ name: 'office', code })} className="hqi-tick-link">
      <text x={x} y={y} dy={4} dx={-4} textAnchor="end" fontSize={12}>{code}</text>
    </a>
  );
}

export function ByOfficeChart({ rows }: { rows: Dashboard['byOffice'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const data = rows.map((r) => ({ label: r.officeCode, commendable: r.commendable, adverse: r.adverse }));
  return (
    <ChartCard title={t('hqInsights.dashboard.byOffice')} summary={stackSummary(t, l, data)} empty={rows.length === 0}
      table={<ByOfficeTable rows={rows} hideCaption />} chart={<StackedFindings rows={data} labelWidth={90} tick={OfficeTick} />} />
  );
}
