import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '../../../shared/hq/insights';
import { hqHash } from '../hq-route';
import { DataTable } from './DataTable';
import { useHqLabels } from './labels';

interface OfficialTally { readonly id: string; readonly name: string; commendable: number; adverse: number }

/** Officials named in the office's findings (the roster is not in the profile), with their counts. */
export function officialsIn(timeline: readonly TimelineEntry[]): OfficialTally[] {
  const byId = new Map<string, OfficialTally>();
  for (const entry of timeline) {
    if (entry.officialId === null) continue;
    const tally = byId.get(entry.officialId) ?? { id: entry.officialId, name: entry.officialName ?? entry.officialId, commendable: 0, adverse: 0 };
    if (entry.kind === 'commendable') tally.commendable += 1;
    else tally.adverse += 1;
    byId.set(entry.officialId, tally);
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

export function OfficeOfficials({ timeline }: { timeline: readonly TimelineEntry[] }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  const officials = officialsIn(timeline);
  if (officials.length === 0) return null;
  return (
    <section className="hqi-card" aria-labelledby="hqi-office-officials">
      <h2 id="hqi-office-officials">{t('hqInsights.office.officials')}</h2>
      <DataTable hideCaption caption={t('hqInsights.office.officialsCaption')}
        headers={[t('hqInsights.col.official'), t('hqInsights.col.commendable'), t('hqInsights.col.adverse')]}
        rows={officials.map((o) => [<a key="o" href={hqHash({ name: 'official', id: o.id })}>{o.name}</a>, l.number(o.commendable), l.number(o.adverse)])} />
    </section>
  );
}
