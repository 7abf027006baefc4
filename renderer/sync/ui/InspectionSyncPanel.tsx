import { useTranslation } from 'react-i18next';
import { useWorkspaceMode } from '../../db/workspace-db';
import { ExportMessageLine } from './ExportMessageLine';
import { DecisionSummary } from './DecisionSummary';
import { SyncBadge } from './SyncBadge';
import { useIkbExport } from './use-ikb-export';

/** On a sealed inspection: where it stands with HQ, what HQ decided, and its `.ikb` files (with addenda) for a USB stick. */
export function InspectionSyncPanel({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const exporter = useIkbExport();
  // Rehearsals are never sent nor exported: say so where the sync state would be.
  if (useWorkspaceMode() === 'training') {
    return (
      <section className="panel" aria-labelledby="inspection-sync-title">
        <h2 id="inspection-sync-title">{t('sync.panel.title')}</h2>
        <p className="note" role="note">{t('sync.trainingNote')}</p>
      </section>
    );
  }
  return (
    <section className="panel" aria-labelledby="inspection-sync-title">
      <h2 id="inspection-sync-title">{t('sync.panel.title')}</h2>
      <p><SyncBadge inspectionId={inspectionId} /></p>
      <DecisionSummary inspectionId={inspectionId} />
      <div className="form-actions">
        <button type="button" disabled={exporter.busy} onClick={() => void exporter.run({ inspectionId })}>{t('sync.export.one')}</button>
      </div>
      <p className="muted">{t('sync.export.hint')}</p>
      <ExportMessageLine busy={exporter.busy} message={exporter.message} />
    </section>
  );
}
