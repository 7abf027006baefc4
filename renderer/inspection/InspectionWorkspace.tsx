import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useWorkspaceDb } from '../db/workspace-db';
import { useSaveStatus } from '../app/save-status-store';
import { useUiStore, type InspectionTab } from '../app/ui-store';
import { useOfficeNames, useTemplate } from '../field/use-field-data';
import { RunnerHeader } from '../field/RunnerHeader';
import { ChecklistRunner } from '../field/ChecklistRunner';
import { FindingsTab } from '../findings/FindingsTab';
import { SignOffTab } from '../signoff/SignOffTab';
import { AuditTab } from '../signoff/AuditTab';
import { ReportTab } from '../report/ReportTab';
import { InspectionTabs } from './InspectionTabs';
import './inspection.css';

interface Props {
  inspectionId: string;
  tab: InspectionTab;
  findingId: string | undefined;
}

/** One inspection: its header, the tabs, and the tab's screen. */
export function InspectionWorkspace({ inspectionId, tab, findingId }: Props) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const resetSaveStatus = useSaveStatus((s) => s.reset);
  useEffect(() => resetSaveStatus(), [resetSaveStatus]);
  const db = useWorkspaceDb();
  const inspection = useLiveQuery(async () => (await db.inspections.get(inspectionId)) ?? null, [db, inspectionId]);
  const template = useTemplate(inspection?.template.id ?? '', inspection?.template.version ?? 0);
  const officeNames = useOfficeNames();

  if (inspection === null) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('runner.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'list' })}>{t('runner.backToList')}</button>
      </div>
    );
  }
  if (inspection === undefined || template === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;

  return (
    <div className="runner">
      <button type="button" className="link back no-print" onClick={() => navigate({ name: 'list' })}>← {t('runner.backToList')}</button>
      <div className="no-print">
        <RunnerHeader inspection={inspection} template={template} officeName={officeNames.get(inspection.officeCode) ?? inspection.officeCode} />
        <InspectionTabs inspectionId={inspectionId} current={tab} />
      </div>
      <div role="tabpanel" id={`tab-panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'checklist' && <ChecklistRunner inspection={inspection} template={template} />}
        {tab === 'findings' && <FindingsTab inspection={inspection} template={template} findingId={findingId} />}
        {tab === 'sign-off' && <SignOffTab inspection={inspection} template={template} />}
        {tab === 'audit' && <AuditTab inspection={inspection} />}
        {tab === 'report' && <ReportTab inspection={inspection} template={template} />}
      </div>
    </div>
  );
}
