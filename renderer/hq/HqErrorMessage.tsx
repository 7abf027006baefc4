import { useTranslation } from 'react-i18next';

/** HQ reason codes the workspace explains; anything else reads as a generic failure (the code is still shown). */
const EXPLAINED = new Set([
  'network',
  'forbidden',
  'not_found',
  'no_session',
  'malformed_request',
  'reason_required',
  'invalid_change',
  'no_recommendation',
  'wrong_review_state',
  'already_decided',
  'nothing_to_approve',
  'same_person',
  'csrf',
  'rate_limited',
  'internal',
]);

export function hqErrorKey(code: string): string {
  return `hq.error.${EXPLAINED.has(code) ? code : 'internal'}`;
}

export function HqErrorMessage({ code, onRetry }: { code: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="hq-error" role="alert">
      <p>
        {t(hqErrorKey(code))} <small className="muted">({code})</small>
      </p>
      {onRetry !== undefined && (
        <button type="button" onClick={onRetry}>
          {t('hq.retry')}
        </button>
      )}
    </div>
  );
}
