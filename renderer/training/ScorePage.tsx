import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { findTemplate } from '../../shared/catalogue';
import { useUiStore } from '../app/ui-store';
import { bridge } from '../host';
import { formatDateTime, formatNumber } from '../i18n/format';
import { usePrintFooter } from '../report/print-footer';
import { ScoreItems } from './ScoreItems';
import { ScoreDueProcess, ScoreFindings } from './ScoreFindings';
import { formatDuration } from './use-elapsed';
import { useRunRecord, useScenario } from './use-training-data';

/** The score of one finished run: on screen and printed, marked DIỄN TẬP on every page. */
export function ScorePage({ inspectionId }: { inspectionId: string }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const record = useRunRecord(inspectionId);
  const scenario = useScenario(record?.scenarioId, record?.scenarioVersion);
  const [printError, setPrintError] = useState<string | null>(null);
  const report = record?.report ?? null;
  usePrintFooter(record && report ? `${t('training.banner.mark')} · ${record.trainee} · ${scenario?.title[locale] ?? record.scenarioId}` : null, t('training.score.page'));

  if (record === null || (record !== undefined && report === null)) {
    return (
      <div className="empty-state" role="alert">
        <p>{record === null ? t('training.run.notFound') : t('training.score.notFinished')}</p>
        <button type="button" onClick={() => navigate({ name: 'training', page: record === null ? { page: 'home' } : { page: 'run', id: inspectionId, tab: 'checklist' } })}>
          {record === null ? t('training.run.backHome') : t('training.home.resume')}
        </button>
      </div>
    );
  }
  if (record === undefined || report === null || scenario === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;

  const template = findTemplate(report.scenarioId === scenario?.id ? scenario.template.id : '', scenario?.template.version ?? 0);
  const over = report.durationSeconds > report.targetMinutes * 60;
  const print = async () => {
    setPrintError(null);
    const result = await bridge.printToPDF({ title: `dien-tap-${record.scenarioId}-${(record.finishedAt ?? record.startedAt).slice(0, 10)}` });
    if (!result.ok && result.error.code !== 'cancelled') setPrintError(t('training.score.printError'));
  };

  return (
    <div className="score-page">
      <div className="score-toolbar no-print">
        <button type="button" className="primary" onClick={() => void print()}>{t('training.score.print')}</button>
        <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'home' } })}>{t('training.score.again')}</button>
        <button type="button" onClick={() => navigate({ name: 'training', page: { page: 'history' } })}>{t('training.nav.history')}</button>
        {printError && <span className="form-error" role="alert">{printError}</span>}
      </div>
      <article className="score-sheet" aria-labelledby="score-title">
        <header className="score-head">
          <div>
            <h1 id="score-title">{t('training.score.title')}</h1>
            <p><strong>{scenario?.title[locale] ?? record.scenarioId}</strong> <span className="muted">({t('training.scenarios.version', { version: record.scenarioVersion })})</span></p>
            <p>{t('training.run.trainee', { name: record.trainee })}</p>
            <p className="muted">{t('training.score.finishedAt', { time: formatDateTime(record.finishedAt ?? record.startedAt, locale) })}</p>
            <p className={`score-time ${over ? 'over' : 'within'}`}>
              {t('training.score.time', { taken: formatDuration(report.durationSeconds), target: report.targetMinutes })}
              {' — '}
              {over ? t('training.score.overTarget') : t('training.score.withinTarget')}
            </p>
          </div>
          <div className="score-total" role="group" aria-label={t('training.score.totalLabel')}>
            <div className="score-percent">{formatNumber(report.percent, locale)}%</div>
            <div className="score-points">{t('training.score.points', { points: report.points, max: report.maxPoints })}</div>
          </div>
        </header>
        <ScoreItems items={report.items} template={template} />
        <ScoreFindings report={report} scenario={scenario ?? undefined} />
        <ScoreDueProcess steps={report.dueProcess} />
      </article>
    </div>
  );
}
