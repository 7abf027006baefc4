import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { InspectorName } from '../../shared/domain/inspection';
import { useUiStore } from '../app/ui-store';
import { useWorkspaceDb } from '../db/workspace-db';
import { useRepositoryAction } from '../findings/use-repository-action';
import { formatDateTime } from '../i18n/format';
import { scenarioKey, useScenarios, useUnfinishedRuns } from './use-training-data';
import { startRun } from './run-records';

/** Pick a scenario, name the trainee, start: the run opens on the real checklist runner. */
export function TrainingHome() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const db = useWorkspaceDb();
  const scenarios = useScenarios();
  const unfinished = useUnfinishedRuns();
  const [chosen, setChosen] = useState('');
  const [trainee, setTrainee] = useState('');
  const [errors, setErrors] = useState<{ scenario?: string; trainee?: string }>({});
  const { run, error, busy } = useRepositoryAction();

  const start = (event: SyntheticEvent) => {
    event.preventDefault();
    const scenario = scenarios?.find((s) => scenarioKey(s.scenario) === chosen)?.scenario;
    const name = InspectorName.safeParse(trainee);
    const next = {
      ...(scenario ? {} : { scenario: 'training.start.errors.scenarioRequired' }),
      ...(name.success ? {} : { trainee: 'training.start.errors.traineeRequired' }),
    };
    setErrors(next);
    if (!scenario || !name.success) return;
    void run(async () => {
      const inspection = await startRun(db, scenario, name.data);
      navigate({ name: 'training', page: { page: 'run', id: inspection.id, tab: 'checklist' } });
    });
  };

  return (
    <div className="training-home">
      <div className="page-head">
        <div>
          <h1>{t('training.home.title')}</h1>
          <p className="muted">{t('training.home.intro')}</p>
        </div>
      </div>
      {unfinished && unfinished.length > 0 && (
        <section className="panel" aria-labelledby="resume-title">
          <h2 id="resume-title">{t('training.home.resumeTitle')}</h2>
          <ul className="resume-list">
            {unfinished.map((entry) => (
              <li key={entry.run.inspectionId}>
                <span>
                  <strong>{entry.run.trainee}</strong> — {entry.scenario?.title[locale] ?? entry.run.scenarioId}
                  <span className="muted"> · {t('training.home.startedAt', { time: formatDateTime(entry.run.startedAt, locale) })}</span>
                </span>
                <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'run', id: entry.run.inspectionId, tab: 'checklist' } })}>
                  {t('training.home.resume')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <form noValidate onSubmit={start} aria-labelledby="start-title">
        <h2 id="start-title">{t('training.start.title')}</h2>
        {scenarios === undefined ? (
          <p className="muted" role="status">{t('common.loading')}</p>
        ) : (
          <fieldset className="scenario-choices" aria-describedby="scenario-error">
            <legend>{t('training.start.scenario')}</legend>
            {scenarios.map(({ scenario, shipped }) => {
              const key = scenarioKey(scenario);
              return (
                <label key={key} className="scenario-choice">
                  <input type="radio" name="scenario" value={key} checked={chosen === key} onChange={() => setChosen(key)} />
                  <span>
                    <span className="title">{scenario.title[locale]}</span>
                    <span className="muted">{scenario.summary[locale]}</span>
                    <span className="scenario-meta">
                      <span className={`tag ${shipped ? 'shipped' : 'own'}`}>{shipped ? t('training.scenarios.shipped') : t('training.scenarios.own')}</span>
                      <span className="tag">{t('training.scenarios.targetMinutes', { count: scenario.targetMinutes })}</span>
                      <span className="tag">{t('training.scenarios.itemCount', { count: scenario.key.answers.length })}</span>
                    </span>
                  </span>
                </label>
              );
            })}
          </fieldset>
        )}
        {errors.scenario && <p id="scenario-error" className="field-error" role="alert">{t(errors.scenario)}</p>}
        <div className="start-row">
          <div className="field">
            <label htmlFor="trainee-name">{t('training.start.trainee')}</label>
            <input id="trainee-name" value={trainee} autoComplete="off" onChange={(e) => setTrainee(e.target.value)} aria-invalid={errors.trainee ? true : undefined} aria-describedby="trainee-error" />
            <span id="trainee-error" className="field-error" role={errors.trainee ? 'alert' : undefined}>{errors.trainee ? t(errors.trainee) : ''}</span>
          </div>
          <button type="submit" className="primary" disabled={busy}>{t('training.start.submit')}</button>
        </div>
        {error && <p className="form-error" role="alert">{error}</p>}
      </form>
    </div>
  );
}
