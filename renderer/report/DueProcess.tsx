import type { FindingRecord } from '../../shared/domain/finding-record';
import { calendarDate, vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

/**
 * The official's side (DESIGN.md due process): an explanation, or a refusal
 * before a named witness, and any Decree 73/2023 protection claim, which must
 * travel with an adverse recommendation.
 */
export function DueProcess({ finding, t }: ReportText & { finding: FindingRecord }) {
  const { explanation, protectionClaim: claim } = finding;
  // A commendable finding asks for no explanation; a missing one on a violation is shown, not hidden.
  const showExplanation = explanation !== null || finding.kind === 'violation';
  if (!showExplanation && claim === null) return null;
  return (
    <div className="ir-due-process">
      {showExplanation && <p className="ir-label">{t('report.explanation.title')}</p>}
      {explanation === null && showExplanation && <p className="ir-muted">{t('report.explanation.none')}</p>}
      {explanation?.type === 'given' && (
        <>
          <p>{t('report.explanation.given', { time: vietnamDateTime(explanation.recordedAt) })}</p>
          <blockquote className="ir-prose ir-quote">{explanation.text}</blockquote>
        </>
      )}
      {explanation?.type === 'refused' && (
        <>
          <p className="ir-emphasis">{t('report.explanation.refused', { time: vietnamDateTime(explanation.recordedAt) })}</p>
          <p>{t('report.explanation.witness', { name: explanation.witness.name, position: explanation.witness.position })}</p>
          {explanation.note !== '' && <p className="ir-prose">{t('report.explanation.note', { note: explanation.note })}</p>}
        </>
      )}
      {claim !== null && (
        <div className="ir-protection">
          <p className="ir-label">{t('report.protection.title')}</p>
          <dl className="ir-facts">
            <div>
              <dt>{t('report.protection.proposal')}</dt>
              <dd className="ir-prose">{claim.proposal}</dd>
            </div>
            <div>
              <dt>{t('report.protection.approvedBy')}</dt>
              <dd>{claim.approvedBy === '' ? t('report.protection.notStated') : claim.approvedBy}</dd>
            </div>
            <div>
              <dt>{t('report.protection.approvedOn')}</dt>
              <dd>{claim.approvedOn === '' ? t('report.protection.notStated') : calendarDate(claim.approvedOn)}</dd>
            </div>
            <div>
              <dt>{t('report.protection.grounds')}</dt>
              <dd className="ir-prose">{claim.grounds}</dd>
            </div>
          </dl>
        </div>
      )}
    </div>
  );
}
