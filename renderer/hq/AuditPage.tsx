import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime } from '../i18n/format';
import { HqErrorMessage, HqLoading } from './HqStatus';
import { useHqData } from './use-hq-data';

interface AuditEntry {
  readonly id: string;
  readonly at: string;
  readonly username: string | null;
  readonly action: string;
  readonly target: string | null;
  readonly detail: unknown;
}

/** Who viewed and who decided what (admin): HQ's append-only audit log, newest first. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, error, loading, reload } = useHqData<{ items: AuditEntry[] }>('/v1/hq/audit?limit=500');
  return (
    <section className="hq-audit" aria-labelledby="hq-audit-title">
      <div className="page-head">
        <div>
          <h1 id="hq-audit-title">{t('hq.audit.title')}</h1>
          <p className="muted">{t('hq.audit.lead')}</p>
        </div>
        <button type="button" onClick={reload}>
          {t('hq.inbox.refresh')}
        </button>
      </div>
      {loading && <HqLoading />}
      {error !== undefined && <HqErrorMessage error={error} onRetry={reload} />}
      {data !== undefined && (
        <table className="hq-table">
          <caption className="visually-hidden">{t('hq.audit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('hq.audit.at')}</th>
              <th scope="col">{t('hq.audit.user')}</th>
              <th scope="col">{t('hq.audit.action')}</th>
              <th scope="col">{t('hq.audit.target')}</th>
              <th scope="col">{t('hq.audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((entry) => (
              <tr key={entry.id}>
                <td>{formatDateTime(entry.at, locale)}</td>
                <td>{entry.username ?? '—'}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td className="mono">{entry.target ?? '—'}</td>
                <td className="mono hq-audit-detail">{entry.detail === null ? '' : JSON.stringify(entry.detail)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
