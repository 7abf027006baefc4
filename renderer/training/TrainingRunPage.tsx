import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Locale } from '../../shared/domain/localized';
import { useSaveStatus } from '../app/save-status-store';
import { useUiStore } from '../app/ui-store';
import { useWorkspaceDb } from '../db/workspace-db';
import { useTemplate } from '../field/use-field-data';
import { RunnerHeader } from '../field/RunnerHeader';
import { ChecklistRunner } from '../field/ChecklistRunner';
import { FindingsTab } from '../findings/FindingsTab';
import { SignOffTab } from '../signoff/SignOffTab';
import { useRepositoryAction } from '../findings/use-repository-action';
import { RunTabs } from './RunTabs';
import { SituationPanel } from './SituationPanel';
import { formatDuration, useElapsedSeconds } from './use-elapsed';
import { useRunRecord, useScenario } from './use-training-data';
import { finishRun } from './run-records';
import type { RunTab } from './training-route';
import '../inspection/inspection.css';

interface Props {
  inspectionId: string;
  tab: RunTab;
  findingId: string | undefined;
}

/** A rehearsal: the situation and a timer above the field's own runner, findings and sign-off. */
export function TrainingRunPage({ inspectionId, tab, findingId }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const resetSaveStatus = useSaveStatus((s) => s.reset);
  useEffect(() => resetSaveStatus(), [resetSaveStatus]);
  const db = useWorkspaceDb();
  const record = useRunRecord(inspectionId);
  const scenario = useScenario(record?.scenarioId, record?.scenarioVersion);
  const inspection = useLiveQuery(async () => (await db.inspections.get(inspectionId)) ?? null, [db, inspectionId]);
  const template = useTemplate(inspection?.template.id ?? '', inspection?.template.version ?? 0);
  const elapsed = useElapsedSeconds(record?.startedAt);
  const { run, error, busy } = useRepositoryAction();
  const finished = record?.finishedAt != null;

  useEffect(() => {
    if (finished) navigate({ name: 'training', page: { page: 'score', id: inspectionId } });
  }, [finished, inspectionId, navigate]);

  if (record === null || inspection === null || scenario === null) {
    return (
      <div className="empty-state" role="alert">
        <p>{t('training.run.notFound')}</p>
        <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'home' } })}>{t('training.run.backHome')}</button>
      </div>
    );
  }
  if (record === undefined || inspection === undefined || scenario === undefined || template === undefined || finished) {
    return <p className="muted" role="status">{t('common.loading')}</p>;
  }

  const over = elapsed > scenario.targetMinutes * 60;
  const finish = () => {
    if (!window.confirm(t('training.run.confirmFinish'))) return;
    void run(async () => {
      await finishRun(db, record, scenario);
      navigate({ name: 'training', page: { page: 'score', id: inspectionId } });
    });
  };

  return (
    <div className="runner training-run">
      <div className="run-bar">
        <div>
          <p className="run-title"><strong>{scenario.title[locale]}</strong></p>
          <p className="muted">{t('training.run.trainee', { name: record.trainee })}</p>
        </div>
        <div className="run-actions">
          <span className={`run-timer${over ? ' over' : ''}`} role="timer" aria-label={t('training.run.timerLabel')}>
            {t('training.run.timer', { elapsed: formatDuration(elapsed), target: scenario.targetMinutes })}
          </span>
          <button type="button" className="primary" onClick={finish} disabled={busy}>{t('training.run.finish')}</button>
        </div>
      </div>
      {error && <p className="form-error" role="alert">{error}</p>}
      <SituationPanel scenario={scenario} />
      <RunnerHeader inspection={inspection} template={template} officeName={scenario.office.name} />
      <RunTabs inspectionId={inspectionId} current={tab} />
      <div role="tabpanel" id={`tab-panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'checklist' && <ChecklistRunner inspection={inspection} template={template} />}
        {tab === 'findings' && <FindingsTab inspection={inspection} template={template} findingId={findingId} />}
        {tab === 'sign-off' && <SignOffTab inspection={inspection} template={template} />}
      </div>
    </div>
  );
}
