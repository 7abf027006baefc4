import { useTranslation } from 'react-i18next';
import type { OfficeProfile } from '../../../shared/hq/insights';
import { HqErrorMessage, HqLoading } from '../HqStatus';
import { OfficeInspections } from './OfficeInspections';
import { OfficeOfficials } from './OfficeOfficials';
import { ProfileFigures } from './ProfileFigures';
import { Timeline } from './Timeline';
import { useHqData } from '../use-hq-data';
import '../../styles/hq-insights.css';

/** One office: its facts, figures, inspections, the officials named in its findings, and the findings timeline. */
export function OfficePage({ code }: { code: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useHqData<OfficeProfile>(`/v1/hq/offices/${encodeURIComponent(code)}`);
  const office = data?.office;
  return (
    <section className="hqi-page" aria-labelledby="hqi-office-title">
      <div className="page-head">
        <div>
          <p className="hqi-eyebrow">{t('hqInsights.office.eyebrow')}</p>
          <h1 id="hqi-office-title">{office?.name ?? code}</h1>
        </div>
      </div>
      {loading && <HqLoading />}
      {error && <HqErrorMessage error={error} onRetry={reload} />}
      {data && office && (
        <>
          <dl className="hqi-facts">
            <div><dt>{t('hqInsights.office.code')}</dt><dd><code>{office.code}</code></dd></div>
            <div><dt>{t('hqInsights.office.province')}</dt><dd>{office.province ?? t('hqInsights.unknown')}</dd></div>
            <div><dt>{t('hqInsights.office.address')}</dt><dd>{office.address ?? t('hqInsights.unknown')}</dd></div>
          </dl>
          <ProfileFigures summary={data.summary} />
          <div className="hqi-two-columns">
            <OfficeInspections inspections={data.inspections} />
            <OfficeOfficials timeline={data.timeline} />
          </div>
          <Timeline entries={data.timeline} subject="office" />
        </>
      )}
    </section>
  );
}
