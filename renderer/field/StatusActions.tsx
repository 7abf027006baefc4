import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import { allowedEvents, type InspectionEvent } from '../../shared/lifecycle/inspection-lifecycle';
import { useWorkspaceDb } from '../db/workspace-db';
import { changeStatus } from '../db/repositories/inspections';
import { RepositoryError } from '../db/repositories/repository-error';
import { useUiStore } from '../app/ui-store';

/** Lifecycle moves offered in this workspace; signing and sealing arrive with findings. */
const OFFERED: readonly InspectionEvent[] = ['submit_for_review', 'reopen'];

export function StatusActions({ inspection }: { inspection: Inspection }) {
  const { t } = useTranslation();
  const reportWriteError = useUiStore((s) => s.reportWriteError);
  const db = useWorkspaceDb();
  const events = allowedEvents(inspection.status).filter((event) => OFFERED.includes(event));

  const run = async (event: InspectionEvent) => {
    try {
      await changeStatus(db, inspection.id, event, inspection.team.lead);
    } catch (error) {
      reportWriteError(error instanceof RepositoryError ? error.code : 'write_failed');
    }
  };

  return (
    <div className="status-actions">
      {events.map((event) => (
        <button key={event} type="button" onClick={() => void run(event)}>
          {t(`lifecycle.${event}`)}
        </button>
      ))}
    </div>
  );
}
