import { useTranslation } from 'react-i18next';
import { useUiStore } from './ui-store';

/** A failed write is never silent: the cause, and that stored data is intact. */
export function WriteErrorBanner() {
  const { t } = useTranslation();
  const code = useUiStore((s) => s.writeError);
  const dismiss = useUiStore((s) => s.reportWriteError);
  if (code === null) return null;
  return (
    <div className="write-error" role="alert">
      <div>
        <strong>{t(`errors.${code}.title`)}</strong>
        <p>{t(`errors.${code}.body`)}</p>
      </div>
      <button type="button" onClick={() => dismiss(null)}>{t('common.dismiss')}</button>
    </div>
  );
}
