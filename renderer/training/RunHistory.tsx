import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { useUiStore } from '../app/ui-store';
import { bridge } from '../host';
import { formatDateTime } from '../i18n/format';
import { formatDuration } from './use-elapsed';
import { runHistoryCsv } from './run-history-csv';
import { useFinishedRuns } from './use-training-data';

/** Every scored run: who, which scenario, when, the score and the time; filter by trainee; CSV. */
export function RunHistory() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const runs = useFinishedRuns();
  const [trainee, setTrainee] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const trainees = useMemo(() => [...new Set((runs ?? []).map((entry) => entry.run.trainee))].sort((a, b) => a.localeCompare(b, locale)), [runs, locale]);
  const shown = (runs ?? []).filter((entry) => trainee === '' || entry.run.trainee === trainee);

  const exportCsv = async () => {
    setMessage(null);
    const bytes = runHistoryCsv(shown, {
      trainee: t('training.history.trainee'),
      scenario: t('training.history.scenario'),
      version: t('training.history.version'),
      startedAt: t('training.history.startedAt'),
      finishedAt: t('training.history.finishedAt'),
      points: t('training.history.points'),
      maxPoints: t('training.history.maxPoints'),
      percent: t('training.history.percent'),
      durationSeconds: t('training.history.durationSeconds'),
      targetMinutes: t('training.history.targetMinutes'),
    }, locale);
    const date = new Date().toISOString().slice(0, 10);
    const result = await bridge.saveFiles({ files: [{ suggestedName: `lich-su-dien-tap-${date}.csv`, mediaType: 'text/csv; charset=utf-8', bytes }] });
    if (result.ok) setMessage({ kind: 'ok', text: t('training.history.exported', { count: shown.length }) });
    else if (result.error.code !== 'cancelled') setMessage({ kind: 'error', text: t('training.history.exportFailed') });
  };

  return (
    <div className="run-history">
      <div className="page-head">
        <div>
          <h1>{t('training.history.title')}</h1>
          <p className="muted">{t('training.history.intro')}</p>
        </div>
      </div>
      <div className="filters">
        <div className="field">
          <label htmlFor="history-trainee">{t('training.history.filterTrainee')}</label>
          <select id="history-trainee" value={trainee} onChange={(e) => setTrainee(e.target.value)}>
            <option value="">{t('training.history.allTrainees')}</option>
            {trainees.map((name) => <option key={name} value={name}>{name}</option>)}
          </select>
        </div>
        <button type="button" onClick={() => void exportCsv()} disabled={shown.length === 0}>{t('training.history.exportCsv')}</button>
        {message && <span className={message.kind === 'ok' ? 'muted' : 'form-error'} role={message.kind === 'ok' ? 'status' : 'alert'}>{message.text}</span>}
      </div>
      {runs === undefined ? (
        <p className="muted" role="status">{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <p className="empty-state">{t('training.history.empty')}</p>
      ) : (
        <table className="history-table">
          <caption className="muted">{t('training.history.caption', { count: shown.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('training.history.trainee')}</th>
              <th scope="col">{t('training.history.scenario')}</th>
              <th scope="col">{t('training.history.date')}</th>
              <th scope="col">{t('training.history.score')}</th>
              <th scope="col">{t('training.history.time')}</th>
              <th scope="col"><span className="visually-hidden">{t('training.history.open')}</span></th>
            </tr>
          </thead>
          <tbody>
            {shown.map(({ run, scenario }) => {
              const report = run.report;
              if (report === null) return null;
              return (
                <tr key={run.id}>
                  <td>{run.trainee}</td>
                  <td>{scenario?.title[locale] ?? run.scenarioId} <span className="muted">({t('training.scenarios.version', { version: run.scenarioVersion })})</span></td>
                  <td className="number">{formatDateTime(run.finishedAt ?? run.startedAt, locale)}</td>
                  <td className="number">{t('training.history.scoreValue', { points: report.points, max: report.maxPoints, percent: report.percent })}</td>
                  <td className="number">{t('training.history.timeValue', { taken: formatDuration(report.durationSeconds), target: report.targetMinutes })}</td>
                  <td>
                    <button type="button" className="link" onClick={() => navigate({ name: 'training', page: { page: 'score', id: run.inspectionId } })}>
                      {t('training.history.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
