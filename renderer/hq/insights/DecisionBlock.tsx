import { useTranslation } from 'react-i18next';
import type { TimelineDecision } from '../../../shared/hq/insights';
import { formatDateTime } from '../../i18n/format';
import { useHqLabels } from './labels';

/** HQ's current decision on a finding's recommendation, and where its approval stands. */
export function DecisionBlock({ decision }: { decision: TimelineDecision | null }) {
  const { t } = useTranslation();
  const l = useHqLabels();
  if (decision === null) return <p className="hqi-decision hqi-decision-none">{t('hqInsights.decision.none')}</p>;
  const outcome = decision.outcome === 'change' && decision.changedTo !== null
    ? t('hqInsights.decision.changedTo', { kind: l.recommendation(decision.changedTo) })
    : l.outcome(decision.outcome);
  const approval = !decision.needsApproval ? null
    : decision.approvedAt === null
      ? <span className="hqi-pill hqi-pill-warn">{t('hqInsights.decision.awaitingApproval')}</span>
      : <span className="hqi-pill hqi-pill-ok">{t('hqInsights.decision.approvedAt', { time: formatDateTime(decision.approvedAt, l.locale) })}</span>;
  return (
    <div className={`hqi-decision hqi-decision-${decision.outcome}`}>
      <p>
        <strong>{t('hqInsights.decision.label')}</strong> {outcome}
        <span className="muted"> · {t('hqInsights.decision.decidedAt', { time: formatDateTime(decision.decidedAt, l.locale) })}</span>
      </p>
      {decision.reason.trim() !== '' && <p className="hqi-prose">{t('hqInsights.decision.reason')} {decision.reason}</p>}
      <p className="hqi-pills">
        {approval}
        <span className={`hqi-pill ${decision.released ? 'hqi-pill-ok' : ''}`}>{decision.released ? t('hqInsights.decision.released') : t('hqInsights.decision.notReleased')}</span>
      </p>
    </div>
  );
}
