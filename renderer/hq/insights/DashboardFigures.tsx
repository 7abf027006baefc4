import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/hq/insights';
import { useHqLabels } from './labels';

function sum<T>(rows: readonly T[], pick: (row: T) => number): number {
  return rows.reduce((total, row) => total + pick(row), 0);
}

/** The period's headline numbers: inspections, findings (commendable / adverse) and decided inspections. */
export function DashboardFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const { perMonth, byProvince } = dashboard;
  const figures: [string, number, string?][] = [
    [t('hqInsights.figures.inspections'), sum(perMonth, (r) => r.inspections)],
    [t('hqInsights.figures.findings'), sum(perMonth, (r) => r.findings)],
    [t('hqInsights.figures.commendable'), sum(byProvince, (r) => r.commendable), 'hqi-good'],
    [t('hqInsights.figures.adverse'), sum(byProvince, (r) => r.adverse), 'hqi-bad'],
    [t('hqInsights.figures.decided'), dashboard.daysToDecision.count],
  ];
  return (
    <dl className="hqi-figures">
      {figures.map(([label, value, tone]) => (
        <div key={label} className={tone}><dt>{label}</dt><dd>{l.number(value)}</dd></div>
      ))}
    </dl>
  );
}
