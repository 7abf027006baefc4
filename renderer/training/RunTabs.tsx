import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useUiStore } from '../app/ui-store';
import { useWorkspaceDb } from '../db/workspace-db';
import { RUN_TABS, trainingHash, type RunTab } from './training-route';

/** The field's tabs, minus what a rehearsal must not do (audit export, the printed record, the seal). */
export function RunTabs({ inspectionId, current }: { inspectionId: string; current: RunTab }) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const db = useWorkspaceDb();
  const findingCount = useLiveQuery(() => db.findings.where('inspectionId').equals(inspectionId).count(), [db, inspectionId]);
  return (
    <nav className="inspection-tabs" aria-label={t('tabs.label')}>
      {RUN_TABS.map((tab) => {
        const page = { page: 'run' as const, id: inspectionId, tab };
        return (
          <a
            key={tab}
            id={`tab-${tab}`}
            href={trainingHash(page)}
            aria-current={tab === current ? 'page' : undefined}
            onClick={(event) => {
              event.preventDefault();
              navigate({ name: 'training', page });
            }}
          >
            {t(`tabs.${tab}`)}
            {tab === 'findings' && findingCount !== undefined && findingCount > 0 ? <span className="tab-count">{findingCount}</span> : null}
          </a>
        );
      })}
    </nav>
  );
}
