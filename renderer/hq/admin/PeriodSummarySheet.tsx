import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/hq/insights';
import { DashboardFigures } from '../insights/DashboardFigures';
import {
  ByOfficeTable, ByProvinceTable, DaysFigures, DaysToDecisionTable, OutcomesTable, PerMonthTable, RecommendationsTable, TopRulesTable,
} from '../insights/dashboard-tables';

/** The printable sheet: title and period, key figures, every dashboard table, and who printed it when. */
export function PeriodSummarySheet({ dashboard, periodLine, footer }: { dashboard: Dashboard; periodLine: string; footer: string }) {
  const { t } = useTranslation();
  return (
    <article className="hqi-summary" aria-labelledby="hqi-summary-title">
      <header className="hqi-summary-head">
        <p className="hqi-summary-issuer">{t('hqInsights.summary.issuer')}</p>
        <h1 id="hqi-summary-title">{t('hqInsights.summary.title')}</h1>
        <p className="hqi-summary-period">{periodLine}</p>
      </header>
      <section aria-labelledby="hqi-summary-figures">
        <h2 id="hqi-summary-figures">{t('hqInsights.summary.figures')}</h2>
        <DashboardFigures dashboard={dashboard} />
        <DaysFigures days={dashboard.daysToDecision} showCount={false} />
      </section>
      <section aria-labelledby="hqi-summary-tables">
        <h2 id="hqi-summary-tables">{t('hqInsights.summary.tables')}</h2>
        <div className="hqi-summary-tables">
          <PerMonthTable rows={dashboard.perMonth} />
          <ByProvinceTable rows={dashboard.byProvince} />
          <TopRulesTable rows={dashboard.topRules} />
          <RecommendationsTable rows={dashboard.recommendations} />
          <OutcomesTable rows={dashboard.outcomes} />
          <DaysToDecisionTable days={dashboard.daysToDecision} />
          <ByOfficeTable rows={dashboard.byOffice} />
        </div>
      </section>
      <footer className="hqi-summary-foot">{footer}</footer>
    </article>
  );
}
