import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Locale } from '../../../shared/domain/localized';
import { fieldDatabase, type OutboxEntry } from '../../db';
import { retryOutboxEntry } from '../../db/repositories/outbox';
import { useOfficeNames } from '../../field/use-field-data';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { syncWorker } from '../app-sync';
import { reasonKey } from '../reason-codes';
import { useSyncStore } from '../sync-store';
import { useOutbox } from './use-sync-data';

/** The user's retry of a rejected bundle: back in the queue, then a run. */
async function retry(bundleId: string): Promise<void> {
  await retryOutboxEntry(fieldDatabase(), bundleId, Date.now());
  void syncWorker()?.run();
}

/** Every sealed record on its way to HQ, newest first; rejected ones can be sent again. */
export function OutboxTable() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const officeNames = useOfficeNames();
  const entries = useOutbox();
  const upload = useSyncStore((state) => state.upload);
  const inspections = useLiveQuery(async () => {
    const ids = [...new Set((entries ?? []).map((e) => e.inspectionId))];
    const rows = await fieldDatabase().inspections.bulkGet(ids);
    return new Map(rows.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  }, [entries]);
  if (entries === undefined || inspections === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  const rows = [...entries].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
  const kind = (e: OutboxEntry) => (e.kind === 'inspection' ? t('sync.outbox.inspection') : t('sync.outbox.addendum', { number: e.addendumNumber ?? 0 }));
  return (
    <section className="panel" aria-labelledby="outbox-title">
      <h2 id="outbox-title">{t('sync.outbox.title')}</h2>
      {rows.length === 0 ? <p className="muted">{t('sync.outbox.empty')}</p> : (
        <div className="table-scroll">
          <table className="outbox-table">
            <thead>
              <tr>
                <th scope="col">{t('sync.outbox.office')}</th>
                <th scope="col">{t('sync.outbox.date')}</th>
                <th scope="col">{t('sync.outbox.kind')}</th>
                <th scope="col">{t('sync.outbox.state')}</th>
                <th scope="col">{t('sync.outbox.attempts')}</th>
                <th scope="col">{t('sync.outbox.lastError')}</th>
                <th scope="col">{t('sync.outbox.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const inspection = inspections.get(e.inspectionId);
                const office = inspection ? (officeNames.get(inspection.officeCode) ?? inspection.officeCode) : e.inspectionId;
                return (
                  <tr key={e.bundleId} data-testid="outbox-row">
                    <td><a href={`#/inspections/${e.inspectionId}/sign-off`}>{office}</a></td>
                    <td>{inspection ? formatDateTime(inspection.arrivalAt, locale) : ''}</td>
                    <td>{kind(e)}</td>
                    <td>
                      {t(`sync.entryState.${e.state}`)}{e.state === 'synced' && e.syncedAt ? ` · ${formatDateTime(e.syncedAt, locale)}` : ''}
                      {upload?.bundleId === e.bundleId && e.state !== 'synced' && upload.totalBytes > 0 && (
                        <progress
                          className="upload-progress"
                          max={upload.totalBytes}
                          value={upload.sentBytes}
                          aria-label={t('sync.outbox.progress', { percent: formatNumber(Math.floor((100 * upload.sentBytes) / upload.totalBytes), locale) })}
                        />
                      )}
                    </td>
                    <td>{formatNumber(e.attempts, locale)}</td>
                    <td>{e.lastError ? t(reasonKey(e.lastError.code)) : t('sync.outbox.none')}</td>
                    <td>
                      {e.state === 'rejected' && (
                        <button type="button" aria-label={t('sync.outbox.retryLabel', { office, kind: kind(e) })} onClick={() => void retry(e.bundleId)}>
                          {t('sync.outbox.retry')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
