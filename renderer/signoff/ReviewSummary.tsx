import { useTranslation } from 'react-i18next';
import type { Answer, Inspection } from '../../shared/domain/inspection';
import { effectiveRecommendation, type FindingRecord } from '../../shared/domain/finding-record';
import type { Official } from '../../shared/domain/roster';
import type { ChecklistItem } from '../../shared/catalogue/schema';
import type { SealBlocker } from '../../shared/seal/seal-readiness';
import { answerSignal } from '../findings/finding-form';
import { requiresExplanation } from '../../shared/rules';
import { useUiStore } from '../app/ui-store';

interface Props {
  inspection: Inspection;
  items: readonly ChecklistItem[];
  answers: ReadonlyMap<string, Answer>;
  findings: readonly FindingRecord[];
  officials: readonly Official[];
  blockers: readonly SealBlocker[];
}

/** What the signatories are about to sign, and what still stands in the way of the seal. */
export function ReviewSummary({ inspection, items, answers, findings, officials, blockers }: Props) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const names = new Map(officials.map((o) => [o.id, o.fullName]));
  const failed = items.filter((item) => answerSignal(item, answers.get(item.id)) === 'failed').length;
  const subjectName = (f: FindingRecord) => (f.subject.type === 'office' ? t('findings.subjectOffice') : (names.get(f.subject.officialId) ?? f.subject.officialId));
  const nameOf = (id: string) => {
    const finding = findings.find((f) => f.id === id);
    return finding ? subjectName(finding) : '';
  };
  const explanationStatus = (f: FindingRecord) => {
    if (f.subject.type === 'office') return '—';
    if (f.explanation) return t(`dueProcess.recordedShort.${f.explanation.type}`);
    return requiresExplanation(effectiveRecommendation(f)) ? t('dueProcess.missingShort') : t('dueProcess.notRequired');
  };
  const openFinding = (id: string) => navigate({ name: 'inspection', id: inspection.id, tab: 'findings', findingId: id });
  return (
    <section className="panel review-summary" aria-labelledby="review-summary-title">
      <h2 id="review-summary-title">{t('signoff.summaryTitle')}</h2>
      <ul className="summary-figures">
        <li>{t('signoff.answered', { answered: inspection.answeredCount, total: inspection.itemCount })}</li>
        <li>{t('signoff.failedItems', { count: failed })}</li>
        <li>{t('signoff.findingCounts', { violations: findings.filter((f) => f.kind === 'violation').length, commendable: findings.filter((f) => f.kind === 'commendable').length })}</li>
      </ul>
      {findings.length > 0 && (
        <table className="summary-table">
          <thead>
            <tr><th scope="col">{t('findings.subject')}</th><th scope="col">{t('findings.kind')}</th><th scope="col">{t('recommendation.title')}</th><th scope="col">{t('dueProcess.short')}</th></tr>
          </thead>
          <tbody>
            {findings.map((f) => {
              const kind = effectiveRecommendation(f);
              return (
                <tr key={f.id}>
                  <td><a href={`#/inspections/${inspection.id}/findings/${f.id}`} onClick={(e) => { e.preventDefault(); openFinding(f.id); }}>{subjectName(f)}</a></td>
                  <td>{t(`findings.kinds.${f.kind}`)}</td>
                  <td>{kind ? t(`recommendation.kind.${kind}`) : t('recommendation.none')}{f.override ? ` (${t('recommendation.overriddenShort')})` : ''}</td>
                  <td>{explanationStatus(f)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {blockers.length > 0 ? (
        <div className="blockers" role="alert" aria-labelledby="blockers-title">
          <h3 id="blockers-title">{t('seal.blockedTitle')}</h3>
          <ul>
            {blockers.map((b) => (
              <li key={b.code === 'explanation_missing' ? `${b.code}-${b.findingId}` : b.code}>
                {b.code === 'explanation_missing' ? (
                  <>
                    {t('seal.blocker.explanation_missing', { name: nameOf(b.findingId) })}{' '}
                    <button type="button" className="link" onClick={() => openFinding(b.findingId)}>{t('seal.openFinding')}</button>
                  </>
                ) : (
                  t(`seal.blocker.${b.code}`)
                )}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="status-line ok" role="status">{t('seal.ready')}</p>
      )}
    </section>
  );
}
