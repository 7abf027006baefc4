import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceDb } from '../../db/workspace-db';
import { StatusBadge } from '../../field/StatusBadge';
import { routeHash } from '../../app/ui-store';
import { useInspectionDecisions } from './use-decisions';

/** On a sealed record: "HQ đã quyết định 3/4 kiến nghị", whether that made it acknowledged, and anything odd. */
export function DecisionSummary({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const inspection = useLiveQuery(() => db.inspections.get(inspectionId), [db, inspectionId]);
  const view = useInspectionDecisions(inspectionId);
  if (!inspection || !view) return null;
  const { coverage, unknown } = view;
  const acknowledged = inspection.status === 'acknowledged';
  const waitingForReceipt = inspection.status === 'sealed' && coverage.decided === 0;
  return (
    <div className="decision-summary" aria-live="polite" data-testid="decision-summary">
      <h3>{t('sync.decisions.title')}</h3>
      <p><StatusBadge status={inspection.status} /></p>
      {coverage.required === 0 ? (
        <p className="muted">{t('sync.decisions.none')}</p>
      ) : waitingForReceipt ? (
        <p className="muted">{t('sync.decisions.notYetSynced')}</p>
      ) : (
        <>
          <p className={`status-line ${coverage.complete ? 'ok' : ''}`} data-testid="decision-count">
            <strong>{t('sync.decisions.summary', { decided: coverage.decided, required: coverage.required })}</strong>
          </p>
          {acknowledged && coverage.complete && <p>{t('sync.decisions.acknowledged')}</p>}
          {acknowledged && !coverage.complete && <p className="note warn" role="note">{t('sync.decisions.reviewing', { count: coverage.required - coverage.decided })}</p>}
          <p><a href={routeHash({ name: 'inspection', id: inspectionId, tab: 'findings' })}>{t('sync.decisions.seeFindings')}</a></p>
        </>
      )}
      {unknown.length > 0 && <p className="note warn" role="note">{t('sync.decisions.unknown', { count: unknown.length })}</p>}
    </div>
  );
}
