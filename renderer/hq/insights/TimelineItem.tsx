import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/hq/insights';
import { formatDateTime } from '../../i18n/format';
import { hqHash } from '../hq-route';
import { DecisionBlock } from './DecisionBlock';
import { KindBadge } from './KindBadge';
import { useHqLabels } from './labels';

/** Which side of the entry the page already shows: an office page names the official, an official page the office. */
export type TimelineSubject = 'office' | 'official';

export function TimelineItem({ entry, subject }: { entry: TimelineEntry; subject: TimelineSubject }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <li className={`hqi-entry hqi-entry-${entry.kind}`}>
      <article aria-label={`${formatDateTime(entry.sealedAt, l.locale)} · ${l.kind(entry.kind)}`}>
        <header className="hqi-entry-head">
          <time dateTime={entry.sealedAt} className="hqi-entry-date">{formatDateTime(entry.sealedAt, l.locale)}</time>
          <KindBadge kind={entry.kind} />
          <span className={`tag severity-${entry.severity}`}>{t('hqInsights.timeline.severity', { severity: l.severity(entry.severity) })}</span>
          <a href={hqHash({ name: 'inspection', id: entry.inspectionId })} className="hqi-entry-link">{t('hqInsights.timeline.openInspection')}</a>
        </header>
        <p className="hqi-entry-who">
          {subject === 'office'
            ? (entry.officialId === null
              ? <span className="muted">{t('hqInsights.timeline.aboutOffice')}</span>
              : <a href={hqHash({ name: 'official', id: entry.officialId })}>{entry.officialName ?? entry.officialId}</a>)
            : <a href={hqHash({ name: 'office', code: entry.officeCode })}>{t('hqInsights.timeline.office', { code: entry.officeCode })}</a>}
        </p>
        <p>
          <strong>{t('hqInsights.timeline.recommendation')}</strong>{' '}
          {entry.recommendation === null ? t('hqInsights.timeline.noRecommendation') : l.recommendation(entry.recommendation)}
        </p>
        {entry.citations.length > 0 && (
          <p className="hqi-citations">
            <span className="hqi-visually-hidden">{t('hqInsights.timeline.citations')} </span>
            {entry.citations.map((c) => <code key={c} className="tag citation">{c}</code>)}
          </p>
        )}
        {entry.narrative.trim() !== '' && <p className="hqi-prose hqi-narrative">{entry.narrative}</p>}
        <DecisionBlock decision={entry.decision} />
      </article>
    </li>
  );
}
