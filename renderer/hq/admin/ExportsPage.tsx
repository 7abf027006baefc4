import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PeriodFilter } from '../insights/PeriodFilter';
import { EMPTY_PERIOD, periodQuery, type PeriodFilterValues } from '../insights/period-filter';
import { periodText } from '../insights/period-text';
import { useHqLabels } from '../insights/labels';
import { PeriodSummary } from './PeriodSummary';
import { hasRole, useHqUser } from '../session-store';
import '../../styles/hq-insights.css';

const EXPORTS = ['inspections', 'findings', 'decisions'] as const;
type ExportName = (typeof EXPORTS)[number];

/** Findings and decisions name officials and judgements: HQ serves them to approvers and admins only (hq/API.md). */
const NEEDS_APPROVER: Record<ExportName, boolean> = { inspections: false, findings: true, decisions: true };

/** CSV downloads for a period, province and office, and the printable period summary. */
export function ExportsPage() {
  const { t } = useTranslation();
  const l = useHqLabels();
  const [period, setPeriod] = useState<PeriodFilterValues>(EMPTY_PERIOD);
  const user = useHqUser();
  const allowed = (name: ExportName) => !NEEDS_APPROVER[name] || hasRole(user, 'approver');
  const [summary, setSummary] = useState<{ openedAt: string } | null>(null);
  const query = periodQuery(period, true);
  const labels: Record<ExportName, { title: string; hint: string }> = {
    inspections: { title: t('hqInsights.exports.inspections'), hint: t('hqInsights.exports.inspectionsHint') },
    findings: { title: t('hqInsights.exports.findings'), hint: t('hqInsights.exports.findingsHint') },
    decisions: { title: t('hqInsights.exports.decisions'), hint: t('hqInsights.exports.decisionsHint') },
  };
  const apply = (values: PeriodFilterValues) => {
    setPeriod(values);
    setSummary(null);
  };
  return (
    <section className="hqi-page" aria-labelledby="hqi-exports-title">
      <div className="page-head no-print">
        <div>
          <h1 id="hqi-exports-title">{t('hqInsights.exports.title')}</h1>
          <p className="muted">{periodText(t, period, l.locale)}</p>
        </div>
      </div>
      <PeriodFilter idPrefix="hqi-exports" initial={period} withOffice onApply={apply} />
      <div className="hqi-two-columns no-print">
        <section className="hqi-card" aria-labelledby="hqi-exports-csv">
          <h2 id="hqi-exports-csv">{t('hqInsights.exports.csvTitle')}</h2>
          <ul className="hqi-downloads">
            {EXPORTS.map((name) => (
              <li key={name}>
                {allowed(name) ? (
                  <a href={`/v1/hq/exports/${name}.csv${query}`} download className="hqi-download" aria-describedby={`hqi-export-${name}`}>
                    <span aria-hidden="true">↓ </span>{labels[name].title}
                  </a>
                ) : (
                  <span className="hqi-download-blocked">{labels[name].title} — {t('hqInsights.exports.needsApprover')}</span>
                )}
                <small id={`hqi-export-${name}`} className="muted">{labels[name].hint}</small>
              </li>
            ))}
          </ul>
          <p className="muted">{t('hqInsights.exports.csvNote')}</p>
        </section>
        <section className="hqi-card" aria-labelledby="hqi-exports-summary">
          <h2 id="hqi-exports-summary">{t('hqInsights.exports.summaryTitle')}</h2>
          <p className="muted">{t('hqInsights.exports.summaryHint')}</p>
          <div className="form-actions hqi-actions-start">
            <button type="button" className="primary" onClick={() => setSummary({ openedAt: new Date().toISOString() })}>{t('hqInsights.exports.summaryButton')}</button>
          </div>
        </section>
      </div>
      {summary && <PeriodSummary key={summary.openedAt} period={period} openedAt={summary.openedAt} onClose={() => setSummary(null)} />}
    </section>
  );
}
