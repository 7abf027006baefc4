import { useTranslation } from 'react-i18next';
import type { HqApiError } from './api';
import '../styles/hq-insights.css';

/** HQ's reason codes the workspace explains in words (hq.error.*); any other code reads as `other`, with the code shown. */
const EXPLAINED = new Set([
  'network', 'forbidden', 'not_found', 'no_session', 'internal', 'csrf', 'rate_limited', 'malformed_request',
  'reason_required', 'invalid_change', 'no_recommendation', 'wrong_review_state', 'already_decided', 'nothing_to_approve', 'same_person',
  'invalid_template', 'version_conflict', 'invalid_roster', 'too_large', 'unsupported_media_type',
]);

export function hqErrorKey(code: string): string {
  return `hq.error.${EXPLAINED.has(code) ? code : 'other'}`;
}

export function HqLoading() {
  const { t } = useTranslation();
  return <p className="muted hqi-status" role="status">{t('hqInsights.loading')}</p>;
}

/** A refusal or an unreachable HQ, in words; "try again" where trying again can help. */
export function HqErrorMessage({ error, onRetry }: { error: HqApiError | string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = typeof error === 'string' ? error : error.code;
  const retryable = code === 'network' || code === 'internal';
  return (
    <div className={`hqi-error ${code === 'forbidden' ? 'hqi-error-forbidden' : ''}`} role="alert">
      <p>
        {t(hqErrorKey(code))}
        {!EXPLAINED.has(code) && <small className="muted"> ({code})</small>}
      </p>
      {retryable && onRetry && (
        <button type="button" onClick={onRetry}>
          {t('hq.retry')}
        </button>
      )}
    </div>
  );
}

export function EmptyNote({ text }: { text: string }) {
  return <p className="hqi-empty muted">{text}</p>;
}
