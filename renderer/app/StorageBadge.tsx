import { useTranslation } from 'react-i18next';
import { useStorageInfo } from './storage-persistence';

export function StorageBadge() {
  const { t } = useTranslation();
  const { persistence, usageBytes, quotaBytes } = useStorageInfo();
  const usage =
    usageBytes !== null && quotaBytes !== null
      ? t('storage.usage', { used: (usageBytes / 1e6).toFixed(1), quota: Math.round(quotaBytes / 1e6) })
      : '';
  return (
    <span className={`storage-badge storage-${persistence}`} role="status" title={`${t(`storage.hint.${persistence}`)} ${usage}`}>
      {t(`storage.state.${persistence}`)}
    </span>
  );
}
