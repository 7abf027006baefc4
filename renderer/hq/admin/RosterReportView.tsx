import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { RosterErrorCode, RosterReport } from '../../../shared/hq/admin';
import { DataTable } from '../insights/DataTable';
import { useHqLabels } from '../insights/labels';

const errorLabels = (t: TFunction): Record<RosterErrorCode, string> => ({
  missing_header: t('hqInsights.roster.code.missing_header'),
  unknown_column: t('hqInsights.roster.code.unknown_column'),
  missing_value: t('hqInsights.roster.code.missing_value'),
  bad_office_code: t('hqInsights.roster.code.bad_office_code'),
  bad_official_id: t('hqInsights.roster.code.bad_official_id'),
  unknown_office: t('hqInsights.roster.code.unknown_office'),
  duplicate_id: t('hqInsights.roster.code.duplicate_id'),
  conflicting_office: t('hqInsights.roster.code.conflicting_office'),
  bad_quoting: t('hqInsights.roster.code.bad_quoting'),
  too_many_rows: t('hqInsights.roster.code.too_many_rows'),
});

/** What the CSV holds, what it changes in the current roster, and every refused row. */
export function RosterReportView({ report }: { report: RosterReport }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const codes = errorLabels(t);
  const { changes } = report;
  return (
    <div className="hqi-report">
      <p className={report.valid ? 'hqi-success' : 'hqi-error-line'} role="status">
        <span aria-hidden="true">{report.valid ? '✓ ' : '✗ '}</span>
        {report.valid ? t('hqInsights.roster.valid') : t('hqInsights.roster.invalid', { total: l.number(report.errors.length + (report.omittedErrors ?? 0)) })}
      </p>
      <div className="hqi-two-columns">
        <dl className="hqi-facts hqi-facts-stack" aria-label={t('hqInsights.roster.contents')}>
          <div><dt>{t('hqInsights.roster.rows')}</dt><dd>{l.number(report.rows)}</dd></div>
          <div><dt>{t('hqInsights.roster.offices')}</dt><dd>{l.number(report.offices)}</dd></div>
          <div><dt>{t('hqInsights.roster.officials')}</dt><dd>{l.number(report.officials)}</dd></div>
        </dl>
        <dl className="hqi-facts hqi-facts-stack" aria-label={t('hqInsights.roster.changes')}>
          <div><dt>{t('hqInsights.roster.addedOffices')}</dt><dd>{l.number(changes.addedOffices)}</dd></div>
          {changes.changedOffices !== undefined && <div><dt>{t('hqInsights.roster.changedOffices')}</dt><dd>{l.number(changes.changedOffices)}</dd></div>}
          {changes.removedOffices !== undefined && (
            <div className={changes.removedOffices > 0 ? 'hqi-bad' : undefined}><dt>{t('hqInsights.roster.removedOffices')}</dt><dd>{l.number(changes.removedOffices)}</dd></div>
          )}
          <div><dt>{t('hqInsights.roster.addedOfficials')}</dt><dd>{l.number(changes.addedOfficials)}</dd></div>
          <div className={changes.removedOfficials > 0 ? 'hqi-bad' : undefined}><dt>{t('hqInsights.roster.removedOfficials')}</dt><dd>{l.number(changes.removedOfficials)}</dd></div>
          <div><dt>{t('hqInsights.roster.changedOfficials')}</dt><dd>{l.number(changes.changedOfficials)}</dd></div>
        </dl>
      </div>
      {report.errors.length > 0 && (
        <div className="table-scroll hqi-errors-table">
          <DataTable caption={t('hqInsights.roster.errorsCaption')} textColumns={3}
            headers={[t('hqInsights.roster.line'), t('hqInsights.roster.column'), t('hqInsights.roster.problem')]}
            rows={report.errors.map((e) => [l.number(e.line), e.column === null ? '—' : <code key="c">{e.column}</code>, codes[e.code]])} />
        </div>
      )}
      {(report.omittedErrors ?? 0) > 0 && <p className="muted">{t('hqInsights.roster.omitted', { total: l.number(report.omittedErrors ?? 0) })}</p>}
    </div>
  );
}
