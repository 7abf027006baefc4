import { useTranslation } from 'react-i18next';
import type { InspectionStatus } from '../../shared/lifecycle/inspection-lifecycle';

export function StatusBadge({ status }: { status: InspectionStatus }) {
  const { t } = useTranslation();
  return <span className={`status-badge status-${status}`}>{t(`status.${status}`)}</span>;
}
