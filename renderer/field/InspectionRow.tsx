import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime } from '../i18n/format';
import { routeHash } from '../app/ui-store';
import { StatusBadge } from './StatusBadge';
import { isSealed } from '../../shared/lifecycle/inspection-lifecycle';
import { SyncBadge } from '../sync/ui/SyncBadge';
import { useWorkspaceMode } from '../db/workspace-db';

interface Props {
  inspection: Inspection;
  officeName: string;
  position: number;
  setSize: number;
  offset: number;
  height: number;
}

export function InspectionRow({ inspection, officeName, position, setSize, offset, height }: Props) {
  const { t, i18n } = useTranslation();
  const mode = useWorkspaceMode();
  // A rehearsal is never sent to HQ, so it has no sync state to show.
  const showSync = isSealed(inspection.status) && mode === 'field';
  const percent = Math.round((inspection.answeredCount / inspection.itemCount) * 100);
  return (
    <li
      className="inspection-row"
      aria-posinset={position}
      aria-setsize={setSize}
      style={{ transform: `translateY(${offset}px)`, height }}
    >
      <a href={routeHash({ name: 'inspection', id: inspection.id })}>
        <span className="row-main">
          <span className="row-title">{officeName}</span>
          <span className="row-meta">
            {formatDateTime(inspection.arrivalAt, i18n.language as Locale)} · {t('list.lead', { name: inspection.team.lead })}
            {inspection.unannounced ? ` · ${t('inspection.unannounced')}` : ''}
          </span>
        </span>
        <span className="row-progress" aria-label={t('runner.progressLabel', { answered: inspection.answeredCount, total: inspection.itemCount })}>
          <span className="progress-bar" aria-hidden="true"><span style={{ width: `${percent}%` }} /></span>
          {inspection.answeredCount}/{inspection.itemCount}
        </span>
        <StatusBadge status={inspection.status} />
        {showSync && <SyncBadge inspectionId={inspection.id} />}
      </a>
    </li>
  );
}
