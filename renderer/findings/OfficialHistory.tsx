import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Official } from '../../shared/domain/roster';
import type { Locale } from '../../shared/domain/localized';
import { effectiveRecommendation } from '../../shared/domain/finding-record';
import { useWorkspaceDb } from '../db/workspace-db';
import { historyOf } from '../db/repositories/official-history';
import { formatDateTime } from '../i18n/format';

/** Earlier findings about the same official, on this device and from HQ, newest first. */
export function OfficialHistory({ official, currentFindingId }: { official: Official; currentFindingId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const db = useWorkspaceDb();
  const history = useLiveQuery(() => historyOf(db, official.id), [db, official.id]);
  if (history === undefined) return null;
  const rows = [
    ...history.device.filter((f) => f.id !== currentFindingId).map((f) => ({ id: f.id, at: f.observedAt, kind: f.kind, status: f.status, rec: effectiveRecommendation(f), source: 'device' as const, narrative: f.narrative })),
    ...history.hq.filter((f) => f.id !== currentFindingId).map((f) => ({ id: f.id, at: f.observedAt, kind: f.kind, status: f.status, rec: null, source: 'hq' as const, narrative: '' })),
  ].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="panel history" aria-labelledby={`history-${official.id}`}>
      <h3 id={`history-${official.id}`}>{t('history.title', { name: official.fullName })}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('history.empty')}</p>
      ) : (
        <ul className="history-list">
          {rows.map((row) => (
            <li key={row.id}>
              <span className="muted">{formatDateTime(row.at, locale)}</span>{' '}
              <span className={`kind-badge ${row.kind}`}>{t(`findings.kinds.${row.kind}`)}</span>{' '}
              {row.rec && <strong>{t(`recommendation.kind.${row.rec}`)}</strong>}{' '}
              <span className="muted">· {t(`history.status.${row.status}`)} · {t(`history.source.${row.source}`)}</span>
              {row.narrative && <p className="history-narrative">{row.narrative}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
