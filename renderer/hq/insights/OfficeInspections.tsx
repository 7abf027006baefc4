import { useTranslation } from 'react-i18next';
import type { OfficeProfile } from '../../../shared/hq/insights';
import { formatDateTime } from '../../i18n/format';
import { hqHash } from '../hq-route';
import { DataTable } from './DataTable';
import { EmptyNote } from '../HqStatus';
import { useHqLabels } from './labels';

/** The office's inspections at HQ, newest first, each a link to its review page. */
export function OfficeInspections({ inspections }: { inspections: OfficeProfile['inspections'] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <section className="hqi-card" aria-labelledby="hqi-office-inspections">
      <h2 id="hqi-office-inspections">{t('hqInsights.office.inspections')}</h2>
      {inspections.length === 0 ? <EmptyNote text={t('hqInsights.office.noInspections')} /> : (
        <div className="table-scroll">
          <DataTable hideCaption caption={t('hqInsights.office.inspectionsCaption')} textColumns={2}
            headers={[t('hqInsights.col.sealedAt'), t('hqInsights.col.reviewStatus'), t('hqInsights.col.findings'), t('hqInsights.col.adverse')]}
            rows={inspections.map((i) => [
              <a key="i" href={hqHash({ name: 'inspection', id: i.id })}>{formatDateTime(i.sealedAt, l.locale)}</a>,
              <span key="s" className={`hqi-pill hqi-status-${i.reviewStatus}`}>{l.reviewStatus(i.reviewStatus)}</span>,
              l.number(i.findings),
              l.number(i.adverse),
            ])} />
        </div>
      )}
    </section>
  );
}
