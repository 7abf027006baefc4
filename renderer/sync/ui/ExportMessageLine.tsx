import { useTranslation } from 'react-i18next';
import type { ExportMessage } from './use-ikb-export';

/** Progress while packing, then the outcome; announced to screen readers. */
export function ExportMessageLine({ busy, message }: { busy: boolean; message: ExportMessage | null }) {
  const { t } = useTranslation();
  return (
    <p className={`sync-message ${message?.kind ?? ''}`} role="status">
      {busy ? t('sync.export.working') : (message?.text ?? '')}
    </p>
  );
}
