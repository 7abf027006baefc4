import { useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../../../shared/hq/insights';
import { bridge } from '../../host';
import { formatDateTime } from '../../i18n/format';
import { HqErrorMessage, HqLoading } from '../HqStatus';
import { useHqLabels } from '../insights/labels';
import { periodQuery, type PeriodFilterValues } from '../insights/period-filter';
import { periodText } from '../insights/period-text';
import { useHqData } from '../use-hq-data';
import { PeriodSummarySheet } from './PeriodSummarySheet';
import { usePrintFooter } from '../../report/print-footer';
import { useHqUser } from '../session-store';

/** The summary's own `@page` footer properties (hq-insights.css), apart from the record's. */
const SUMMARY_FOOTER = { footer: '--hqi-print-footer', page: '--hqi-print-page' } as const;

/**
 * The period summary on screen, then to PDF (the print dialog in a browser).
 * It prints itself once its numbers are in; "Print again" reprints with a fresh time.
 */
export function PeriodSummary({ period, openedAt, onClose }: { period: PeriodFilterValues; openedAt: string; onClose: () => void }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  // The dashboard has no office filter: the summary covers the period and province.
  const dashboard = useHqData<Dashboard>(`/v1/hq/dashboard${periodQuery(period, false)}`);
  const user = useHqUser();
  const [printedAt, setPrintedAt] = useState(openedAt);
  const [printError, setPrintError] = useState<string | null>(null);
  const printedOnce = useRef(false);
  const ready = dashboard.data !== undefined;
  const userName = user?.displayName ?? null;
  const periodLine = periodText(t, { ...period, office: '' }, l.locale);
  const footer = userName === null
    ? t('hqInsights.summary.footer', { time: formatDateTime(printedAt, l.locale) })
    : t('hqInsights.summary.footerBy', { time: formatDateTime(printedAt, l.locale), name: userName });
  usePrintFooter(ready ? `${t('hqInsights.summary.title')} · ${footer}` : null, t('hqInsights.summary.page'), SUMMARY_FOOTER);

  const print = async () => {
    setPrintError(null);
    const name = `tom-tat-ky-${period.from || 'dau'}-${period.to || 'nay'}`;
    const result = await bridge.printToPDF({ title: name });
    if (!result.ok && result.error.code !== 'cancelled') setPrintError(t('hqInsights.summary.printFailed'));
  };

  useEffect(() => {
    if (!ready || printedOnce.current) return;
    printedOnce.current = true;
    // One frame later, so the sheet is laid out before the print dialog snapshots it.
    const frame = requestAnimationFrame(() => void print());
    return () => cancelAnimationFrame(frame);
  });

  const printAgain = () => {
    flushSync(() => setPrintedAt(new Date().toISOString()));
    void print();
  };

  return (
    <section className="hqi-summary-wrap" aria-labelledby="hqi-summary-heading">
      <div className="hqi-summary-toolbar no-print">
        <h2 id="hqi-summary-heading">{t('hqInsights.summary.preview')}</h2>
        <button type="button" className="primary" disabled={!ready} onClick={printAgain}>{t('hqInsights.summary.print')}</button>
        <button type="button" onClick={onClose}>{t('hqInsights.summary.close')}</button>
        {period.office.trim() !== '' && <span className="muted">{t('hqInsights.summary.officeIgnored')}</span>}
        {printError && <span className="form-error" role="alert">{printError}</span>}
      </div>
      {dashboard.loading && <HqLoading />}
      {dashboard.error && <HqErrorMessage error={dashboard.error} onRetry={dashboard.reload} />}
      {dashboard.data && <PeriodSummarySheet dashboard={dashboard.data} periodLine={periodLine} footer={footer} />}
    </section>
  );
}
