import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { useWorkspaceDb } from '../db/workspace-db';
import { auditTrail } from '../db/repositories/audit';
import { formatDateTime } from '../i18n/format';
import { IntegrityCheck } from './IntegrityCheck';
import './signoff.css';

/** The hash-chained log of one inspection, newest last, with the integrity check. */
export function AuditTab({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const db = useWorkspaceDb();
  const trail = useLiveQuery(() => auditTrail(db, inspection.id), [db, inspection.id, inspection.lastAuditSeq]);
  if (trail === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  return (
    <section className="panel audit" aria-labelledby="audit-title">
      <h2 id="audit-title">{t('audit.title', { count: trail.length })}</h2>
      <p className="muted">{t('audit.explain')}</p>
      <IntegrityCheck inspectionId={inspection.id} />
      <div className="table-scroll">
        <table className="audit-table">
          <thead>
            <tr>
              <th scope="col">#</th><th scope="col">{t('audit.time')}</th><th scope="col">{t('audit.actor')}</th>
              <th scope="col">{t('audit.event')}</th><th scope="col">{t('audit.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {trail.map((e) => (
              <tr key={e.id}>
                <td>{e.seq}</td>
                <td>{formatDateTime(e.at, locale)}</td>
                <td>{e.actor}</td>
                <td>
                  {t(`audit.type.${e.type.replace('.', '_')}`)}
                  {typeof e.detail['from'] === 'string' && typeof e.detail['to'] === 'string' && (
                    <span className="muted"> · {t(`status.${e.detail['from']}`)} → {t(`status.${e.detail['to']}`)}</span>
                  )}
                </td>
                <td><code title={e.hash}>{e.hash.slice(0, 12)}…</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
