import { useTranslation } from 'react-i18next';

export const REVIEW_STATUSES = ['received', 'under_review', 'decided', 'reopened'] as const;

export function ReviewStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  const known = (REVIEW_STATUSES as readonly string[]).includes(status);
  return <span className={`status-badge hq-status hq-status-${known ? status : 'unknown'}`}>{known ? t(`hq.reviewStatus.${status}`) : status}</span>;
}
