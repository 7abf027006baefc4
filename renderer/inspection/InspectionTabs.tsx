import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceDb } from '../db/workspace-db';
import { INSPECTION_TABS, useUiStore, type InspectionTab } from '../app/ui-store';

/** Tabs are links in the hash route, so Back and reload keep the user where they were. */
export function InspectionTabs({ inspectionId, current }: { inspectionId: string; current: InspectionTab }) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const db = useWorkspaceDb();
  const findingCount = useLiveQuery(() => db.findings.where('inspectionId').equals(inspectionId).count(), [db, inspectionId]);
  return (
    <nav className="inspection-tabs" aria-label={t('tabs.label')}>
      {INSPECTION_TABS.map((tab) => (
        <a
          key={tab}
          id={`tab-${tab}`}
          href={`#/inspections/${inspectionId}${tab === 'checklist' ? '' : `/${tab}`}`}
          aria-current={tab === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate({ name: 'inspection', id: inspectionId, tab });
          }}
        >
          {t(`tabs.${tab}`)}
          {tab === 'findings' && findingCount !== undefined && findingCount > 0 ? <span className="tab-count">{findingCount}</span> : null}
        </a>
      ))}
    </nav>
  );
}
