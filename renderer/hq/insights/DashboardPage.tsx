import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/hq/insights';
import { ByOfficeChart, ByProvinceChart } from './charts/FindingsCharts';
import { DaysToDecisionChart, OutcomesChart, RecommendationsChart } from './charts/DecisionCharts';
import { PerMonthChart, TopRulesChart } from './charts/TrendCharts';
import { DashboardFigures } from './DashboardFigures';
import { HqErrorMessage, HqLoading } from '../HqStatus';
import { useHqLabels } from './labels';
import { PeriodFilter } from './PeriodFilter';
import { EMPTY_PERIOD, periodQuery, type PeriodFilterValues } from './period-filter';
import { periodText } from './period-text';
import { useHqData } from '../use-hq-data';
import '../../styles/hq-insights.css';

/** Inspections, findings, rules, recommendations and decisions over a period, as charts with their tables. */
export function DashboardPage() {
  const { t } = useTranslation();
  const l = useHqLabels();
  const [period, setPeriod] = useState<PeriodFilterValues>(EMPTY_PERIOD);
  const { data, error, loading, reload } = useHqData<Dashboard>(`/v1/hq/dashboard${periodQuery(period, false)}`);
  return (
    <section className="hqi-page" aria-labelledby="hqi-dashboard-title">
      <div className="page-head">
        <div>
          <h1 id="hqi-dashboard-title">{t('hqInsights.dashboard.title')}</h1>
          <p className="muted">{periodText(t, period, l.locale)}</p>
        </div>
      </div>
      <PeriodFilter idPrefix="hqi-dashboard" initial={period} withOffice={false} onApply={setPeriod} />
      {loading && <HqLoading />}
      {error && <HqErrorMessage error={error} onRetry={reload} />}
      {data && (
        <>
          <DashboardFigures dashboard={data} />
          <div className="hqi-chart-grid">
            <PerMonthChart rows={data.perMonth} />
            <TopRulesChart rows={data.topRules} />
            <ByProvinceChart rows={data.byProvince} />
            <ByOfficeChart rows={data.byOffice} />
            <RecommendationsChart rows={data.recommendations} />
            <OutcomesChart rows={data.outcomes} />
            <DaysToDecisionChart days={data.daysToDecision} />
          </div>
        </>
      )}
    </section>
  );
}
