import { useTranslation } from 'react-i18next';
import type { OfficialProfile } from '../../../shared/hq/insights';
import { hqHash } from '../hq-route';
import { HqErrorMessage, HqLoading } from '../HqStatus';
import { ProfileFigures } from './ProfileFigures';
import { Timeline } from './Timeline';
import { useHqData } from '../use-hq-data';
import '../../styles/hq-insights.css';

/** One official: roster facts, figures and the findings about them across inspections. */
export function OfficialPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useHqData<OfficialProfile>(`/v1/hq/officials/${encodeURIComponent(id)}`);
  const official = data?.official;
  return (
    <section className="hqi-page" aria-labelledby="hqi-official-title">
      <div className="page-head">
        <div>
          <p className="hqi-eyebrow">{t('hqInsights.official.eyebrow')}</p>
          <h1 id="hqi-official-title">{official?.name ?? id}</h1>
        </div>
      </div>
      {loading && <HqLoading />}
      {error && <HqErrorMessage error={error} onRetry={reload} />}
      {data && official && (
        <>
          <dl className="hqi-facts">
            <div><dt>{t('hqInsights.official.id')}</dt><dd><code>{official.id}</code></dd></div>
            <div><dt>{t('hqInsights.official.position')}</dt><dd>{official.position ?? t('hqInsights.unknown')}</dd></div>
            <div><dt>{t('hqInsights.official.unit')}</dt><dd>{official.unit ?? t('hqInsights.unknown')}</dd></div>
            <div>
              <dt>{t('hqInsights.official.office')}</dt>
              <dd>{official.officeCode === null ? t('hqInsights.unknown') : <a href={hqHash({ name: 'office', code: official.officeCode })}>{official.officeCode}</a>}</dd>
            </div>
          </dl>
          <ProfileFigures summary={data.summary} />
          <Timeline entries={data.timeline} subject="official" />
        </>
      )}
    </section>
  );
}
