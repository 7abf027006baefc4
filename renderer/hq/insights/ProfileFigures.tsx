import { useTranslation } from 'react-i18next';
import type { ProfileSummary } from '../../../shared/hq/insights';
import { useHqLabels } from './labels';

/** Inspections, commendable and adverse findings, and findings with a released decision. */
export function ProfileFigures({ summary }: { summary: ProfileSummary }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  return (
    <dl className="hqi-figures" aria-label={t('hqInsights.profile.figures')}>
      <div><dt>{t('hqInsights.figures.inspections')}</dt><dd>{l.number(summary.inspections)}</dd></div>
      <div className="hqi-good"><dt>{t('hqInsights.figures.commendable')}</dt><dd>{l.number(summary.commendable)}</dd></div>
      <div className="hqi-bad"><dt>{t('hqInsights.figures.adverse')}</dt><dd>{l.number(summary.adverse)}</dd></div>
      <div><dt>{t('hqInsights.figures.decidedFindings')}</dt><dd>{l.number(summary.decided)}</dd></div>
    </dl>
  );
}
