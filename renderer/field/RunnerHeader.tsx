import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import type { StoredTemplate } from '../db';
import { formatDateTime, formatTime } from '../i18n/format';
import { useSaveStatus } from '../app/save-status-store';
import { StatusBadge } from './StatusBadge';
import { StatusActions } from './StatusActions';

interface Props {
  inspection: Inspection;
  template: StoredTemplate;
  officeName: string;
}

export function RunnerHeader({ inspection, template, officeName }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const percent = Math.round((inspection.answeredCount / inspection.itemCount) * 100);
  return (
    <header className="runner-header">
      <div className="runner-title">
        <h1>{officeName}</h1>
        <p className="muted">
          {template.title[locale]} · {t('form.version', { version: template.version })} ·{' '}
          {t('runner.arrival', { time: formatDateTime(inspection.arrivalAt, locale) })}
          {inspection.unannounced ? ` · ${t('inspection.unannounced')}` : ''}
        </p>
        <p className="muted">
          {t('list.lead', { name: inspection.team.lead })}
          {inspection.team.members.length > 0 ? ` · ${t('runner.members', { names: inspection.team.members.join(', ') })}` : ''}
        </p>
      </div>
      <div className="runner-status">
        <StatusBadge status={inspection.status} />
        <div
          className="runner-progress"
          role="progressbar"
          aria-label={t('runner.progress')}
          aria-valuemin={0}
          aria-valuemax={inspection.itemCount}
          aria-valuenow={inspection.answeredCount}
          aria-valuetext={t('runner.progressLabel', { answered: inspection.answeredCount, total: inspection.itemCount })}
        >
          <span className="progress-bar"><span style={{ width: `${percent}%` }} /></span>
          <span>{t('runner.progressLabel', { answered: inspection.answeredCount, total: inspection.itemCount })}</span>
        </div>
        <SaveSummary locale={locale} />
        <StatusActions inspection={inspection} />
      </div>
    </header>
  );
}

/** The answer to "is my work safe?", always visible. */
function SaveSummary({ locale }: { locale: Locale }) {
  const { t } = useTranslation();
  const pending = useSaveStatus((s) => s.pending);
  const lastSavedAt = useSaveStatus((s) => s.lastSavedAt);
  const anyFailed = useSaveStatus((s) => Object.values(s.items).some((item) => item.kind === 'failed'));
  let text = t('save.allStored');
  if (pending > 0) text = t('save.saving');
  else if (anyFailed) text = t('save.someFailed');
  else if (lastSavedAt) text = t('save.savedAt', { time: formatTime(lastSavedAt, locale) });
  return (
    <span className={`save-summary${anyFailed ? ' failed' : ''}`} role="status" aria-live="polite" data-testid="save-summary">
      {text}
    </span>
  );
}
