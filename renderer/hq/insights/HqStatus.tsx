import { useTranslation } from 'react-i18next';
import type { HqApiError } from '../api';
import '../../styles/hq-insights.css';

/** HQ's reason codes this workspace explains in words; any other code reads as `other`. */
const KNOWN = new Set(['network', 'forbidden', 'not_found', 'no_session', 'internal', 'csrf', 'malformed_request', 'invalid_template', 'version_conflict', 'invalid_roster', 'too_large', 'unsupported_media_type']);

export function hqErrorKey(code: string): string {
  return `hqInsights.errors.${KNOWN.has(code) ? code : 'other'}`;
}

export function HqLoading() {
  const { t } = useTranslation();
  return <p className="muted hqi-status" role="status">{t('hqInsights.loading')}</p>;
}

/** A refusal or an unreachable HQ, in words; "try again" where trying again can help. */
export function HqErrorMessage({ error, onRetry }: { error: HqApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const retryable = error.code === 'network' || error.code === 'internal';
  return (
    <div className={`hqi-error ${error.code === 'forbidden' ? 'hqi-error-forbidden' : ''}`} role="alert">
      <p>{t(hqErrorKey(error.code))}</p>
      {retryable && onRetry && <button type="button" onClick={onRetry}>{t('hqInsights.retry')}</button>}
    </div>
  );
}

export function EmptyNote({ text }: { text: string }) {
  return <p className="hqi-empty muted">{text}</p>;
}
