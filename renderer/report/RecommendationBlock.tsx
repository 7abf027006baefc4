import type { TFunction } from 'i18next';
import type { RecommendationKind } from '../../shared/domain/finding';
import { effectiveRecommendation, type FindingRecord } from '../../shared/domain/finding-record';
import { calendarDate, vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

const kindLabel = (t: TFunction, kind: RecommendationKind | null): string =>
  kind === null ? t('report.recommendation.none') : t(`report.recommendation.${kind}`);

/**
 * What HQ acts on (the override when there is one), with the rules' proposal kept
 * beside it so a reader sees both, and any commendation the rules blocked and why.
 */
export function RecommendationBlock({ finding, t, locale }: ReportText & { finding: FindingRecord }) {
  const { proposal, override } = finding;
  const blocked = proposal.blockedCommendation;
  return (
    <div className="ir-recommendation">
      <p className="ir-effective">
        <span className="ir-label-inline">{t('report.proposal.effective')}: </span>
        <strong>{kindLabel(t, effectiveRecommendation(finding))}</strong>
      </p>
      <p>
        <span className="ir-label-inline">{t('report.proposal.byRules')}: </span>
        {kindLabel(t, proposal.kind)}
        {' ('}
        {proposal.ruleId === null
          ? t('report.proposal.noRule')
          : t('report.proposal.rule', { rule: proposal.ruleId, version: calendarDate(proposal.rulesetVersion) })}
        {proposal.citations.length > 0 && <>; <span className="ir-key">{proposal.citations.join(', ')}</span></>}
        {'). '}
        <span className="ir-muted">{proposal.reason[locale]}</span>
      </p>
      {override !== null && (
        <p className="ir-override">
          <span className="ir-label-inline">{t('report.proposal.override')}: </span>
          <strong>{kindLabel(t, override.kind)}</strong>. {t('report.proposal.reason')}: {override.reason}{' '}
          <span className="ir-muted">({t('report.proposal.overrideBy', { by: override.by, time: vietnamDateTime(override.at) })})</span>
        </p>
      )}
      {blocked !== undefined && (
        <p className="ir-blocked">
          <span className="ir-label-inline">{t('report.proposal.blocked', { kind: kindLabel(t, blocked.kind) })}. </span>
          {blocked.reason[locale]}{' '}
          <span className="ir-muted">
            ({t('report.proposal.blockedRule', { rule: blocked.ruleId })}; <span className="ir-key">{blocked.citations.join(', ')}</span>)
          </span>
        </p>
      )}
    </div>
  );
}
