import { useTranslation } from 'react-i18next';
import type { DueProcessScore, FindingScore, ScoreReport } from '../../shared/training/score-types';
import type { Scenario } from '../../shared/training/scenario';
import type { Locale } from '../../shared/domain/localized';
import { CitationChips } from '../field/CitationChips';
import { ScoreVerdict } from './ScoreVerdict';

function useSubjectName(scenario: Scenario | undefined) {
  const { t } = useTranslation();
  return (subject: FindingScore['subject']) =>
    subject.type === 'office'
      ? t('training.score.officeSubject', { name: scenario?.office.name ?? '' })
      : (scenario?.officials.find((o) => o.id === subject.officialId)?.fullName ?? subject.officialId);
}

/** Each finding the key expects: found, classified, recommended, and why. */
export function ScoreFindings({ report, scenario }: { report: ScoreReport; scenario: Scenario | undefined }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const subjectName = useSubjectName(scenario);
  const recommendation = (kind: string | null) => (kind === null ? t('recommendation.none') : t(`recommendation.kind.${kind}`));
  return (
    <section className="score-block" aria-labelledby="score-findings">
      <h2 id="score-findings">{t('training.score.findingsTitle', { right: report.findings.filter((f) => f.correct).length, total: report.findings.length })}</h2>
      {report.findings.length === 0 && <p className="muted">{t('training.score.noExpectedFindings')}</p>}
      <ol className="score-list">
        {report.findings.map((finding) => (
          <li key={finding.expected} className={finding.correct ? 'right' : 'wrong'}>
            <div className="score-line">
              <strong>{subjectName(finding.subject)} — {t(`findings.kinds.${finding.kind}`)}</strong>
              <ScoreVerdict correct={finding.correct} />
            </div>
            <ul className="score-checks">
              <li><ScoreVerdict correct={finding.found} label={finding.found ? t('training.score.found') : t('training.score.notFound')} /></li>
              <li><ScoreVerdict correct={finding.found && finding.categoryCorrect && finding.severityCorrect} label={t('training.score.classified')} /></li>
              <li>
                <ScoreVerdict correct={finding.found && finding.recommendation.correct} label={t('training.score.recommended')} />{' '}
                <span className="muted">
                  {t('training.score.given')}: {recommendation(finding.recommendation.given)} · {t('training.score.expected')}:{' '}
                  {finding.recommendation.accepted.length === 0 ? recommendation(null) : finding.recommendation.accepted.map((kind) => recommendation(kind)).join(` ${t('training.score.or')} `)}
                </span>
              </li>
            </ul>
            <p className="score-why">{finding.why[locale]}</p>
            <p className="score-rule">{t('training.score.rule')}: <CitationChips keys={finding.citations} /></p>
          </li>
        ))}
      </ol>
      {report.extraFindings.length > 0 && (
        <>
          <h3>{t('training.score.extraTitle', { count: report.extraFindings.length })}</h3>
          <p className="muted">{t('training.score.extraExplain')}</p>
          <ul className="score-extra">
            {report.extraFindings.map((extra) => <li key={extra.findingId}>{t(`findings.kinds.${extra.kind}`)}</li>)}
          </ul>
        </>
      )}
    </section>
  );
}

/** The due-process steps the scenario tests. */
export function ScoreDueProcess({ steps }: { steps: readonly DueProcessScore[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  if (steps.length === 0) return null;
  return (
    <section className="score-block" aria-labelledby="score-due-process">
      <h2 id="score-due-process">{t('training.score.dueProcessTitle', { right: steps.filter((s) => s.correct).length, total: steps.length })}</h2>
      <ol className="score-list">
        {steps.map((step) => (
          <li key={step.check} className={step.correct ? 'right' : 'wrong'}>
            <div className="score-line">
              <strong>{t(`training.dueProcess.${step.check}`)}</strong>
              <ScoreVerdict correct={step.correct} />
            </div>
            <p className="score-why">{step.why[locale]}</p>
            <p className="score-rule">{t('training.score.rule')}: <CitationChips keys={step.citations} /></p>
          </li>
        ))}
      </ol>
    </section>
  );
}
