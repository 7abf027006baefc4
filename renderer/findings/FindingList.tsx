import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../shared/domain/finding-record';
import { effectiveRecommendation } from '../../shared/domain/finding-record';
import type { Official } from '../../shared/domain/roster';
import { requiresExplanation } from '../../shared/rules';
import type { StoredEvidence } from '../db';
import type { FindingDecisionView } from '../sync/decision-view';
import { DecisionShort } from './DecisionPanel';

interface Props {
  findings: readonly FindingRecord[];
  evidence: readonly StoredEvidence[];
  officials: readonly Official[];
  /** HQ's decisions per finding, once the record is sealed. */
  decisions: ReadonlyMap<string, FindingDecisionView> | undefined;
  selectedId: string | undefined;
  editable: boolean;
  onOpen: (id: string) => void;
}

export function FindingList({ findings, evidence, officials, decisions, selectedId, editable, onOpen }: Props) {
  const { t } = useTranslation();
  const names = new Map(officials.map((o) => [o.id, o.fullName]));
  return (
    <aside className="finding-list" aria-labelledby="finding-list-title">
      <div className="finding-list-head">
        <h2 id="finding-list-title">{t('findings.title', { count: findings.length })}</h2>
        {editable && findings.length > 0 && (
          <button type="button" className="primary" onClick={() => onOpen('new')}>{t('findings.add')}</button>
        )}
      </div>
      {editable && findings.length === 0 && (
        <button type="button" className="primary" onClick={() => onOpen('new')}>{t('findings.add')}</button>
      )}
      <ul>
        {findings.map((finding) => {
          const kind = effectiveRecommendation(finding);
          const needsExplanation = finding.subject.type === 'official' && requiresExplanation(kind) && finding.explanation === null;
          const count = evidence.filter((e) => e.findingId === finding.id).length;
          return (
            <li key={finding.id}>
              <a
                href={`#/inspections/${finding.inspectionId}/findings/${finding.id}`}
                aria-current={finding.id === selectedId ? 'true' : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(finding.id);
                }}
              >
                <strong>{finding.subject.type === 'office' ? t('findings.subjectOffice') : (names.get(finding.subject.officialId) ?? finding.subject.officialId)}</strong>
                <span className={`kind-badge ${finding.kind}`}>{t(`findings.kinds.${finding.kind}`)}</span>
                <span className="muted">{kind ? t(`recommendation.kind.${kind}`) : t('recommendation.none')} · {t('findings.evidenceCount', { count })}</span>
                {needsExplanation && <span className="needs">{t('dueProcess.missingShort')}</span>}
                {decisions && <DecisionShort view={decisions.get(finding.id)} />}
              </a>
            </li>
          );
        })}
      </ul>
    </aside>
  );
}
