import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/localized';
import { inspectionSyncStatus } from '../sync-status';
import { inspectionStatusText } from './status-text';
import { useInspectionOutbox } from './use-sync-data';
import './sync.css';

/** "Đã đồng bộ lúc …", "Chờ gửi" or "Bị từ chối: <reason>" for one sealed inspection. */
export function SyncBadge({ inspectionId }: { inspectionId: string }) {
  const { t, i18n } = useTranslation();
  const entries = useInspectionOutbox(inspectionId);
  if (entries === undefined) return null;
  const status = inspectionSyncStatus(entries);
  const text = inspectionStatusText(t, status, i18n.language as Locale);
  if (text === null) return null;
  return <span className={`sync-badge sync-badge-${status.kind}`} data-testid="sync-badge">{text}</span>;
}
