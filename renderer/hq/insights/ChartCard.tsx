import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyNote } from '../HqStatus';

/**
 * One chart with its title, a spoken summary (the figure's label) and a toggle
 * that shows the same numbers as a table, for screen readers and for print.
 */
export function ChartCard({ title, summary, empty, chart, table, extra }: {
  title: string;
  summary: string;
  empty: boolean;
  chart: ReactNode;
  table: ReactNode;
  extra?: ReactNode;
}) {
  const { t } = useTranslation();
  const [showTable, setShowTable] = useState(false);
  const id = useId();
  return (
    <section className="hqi-card hqi-chart-card" aria-labelledby={`${id}-title`}>
      <div className="hqi-card-head">
        <h2 id={`${id}-title`}>{title}</h2>
        {!empty && (
          <button type="button" className="link no-print" aria-expanded={showTable} aria-controls={`${id}-table`} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t('hqInsights.chart.hideTable') : t('hqInsights.chart.showTable')}
          </button>
        )}
      </div>
      {empty ? <EmptyNote text={t('hqInsights.chart.empty')} /> : (
        <>
          <figure className="hqi-chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>{chart}</figure>
          <p id={`${id}-summary`} className="hqi-chart-summary muted">{summary}</p>
          {extra}
          <div id={`${id}-table`} hidden={!showTable} className="hqi-chart-table">{table}</div>
        </>
      )}
    </section>
  );
}
