import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/hq/insights';
import { EmptyNote } from '../HqStatus';
import { useHqLabels } from './labels';
import { TimelineItem, type TimelineSubject } from './TimelineItem';

/** Findings newest first, as a vertical line of entries. */
export function Timeline({ entries, subject }: { entries: readonly TimelineEntry[]; subject: TimelineSubject }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <section className="hqi-card" aria-labelledby="hqi-timeline-title">
      <h2 id="hqi-timeline-title">{t('hqInsights.timeline.title', { total: l.number(entries.length) })}</h2>
      {entries.length === 0 ? <EmptyNote text={t('hqInsights.timeline.empty')} /> : (
        <ol className="hqi-timeline">
          {entries.map((entry) => <TimelineItem key={entry.findingId} entry={entry} subject={subject} />)}
        </ol>
      )}
    </section>
  );
}
