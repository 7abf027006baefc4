import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { Official } from '../../shared/domain/roster';
import type { StoredEvidence } from '../db';
import { useWorkspaceDb } from '../db/workspace-db';
import { deleteFinding } from '../db/repositories/findings';
import { useUiStore } from '../app/ui-store';
import { useRepositoryAction } from './use-repository-action';
import { EvidenceSection } from './EvidenceSection';
import { DueProcessPanel } from './DueProcessPanel';
import { RecommendationPanel } from './RecommendationPanel';
import { DecisionPanel } from './DecisionPanel';
import type { FindingDecisionView } from '../sync/decision-view';
import { OfficialHistory } from './OfficialHistory';

interface Props {
  inspection: Inspection;
  finding: FindingRecord;
  evidence: readonly StoredEvidence[];
  officials: readonly Official[];
  editable: boolean;
  /** HQ's decision on a sealed record's finding; undefined before sealing. */
  decision: FindingDecisionView | undefined;
}

/** Everything after the facts: evidence, the recommendation and HQ's decision on it, due process, the official's history. */
export function FindingDetails({ inspection, finding, evidence, officials, editable, decision }: Props) {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const db = useWorkspaceDb();
  const { run, error } = useRepositoryAction();
  const { subject } = finding;
  const official = subject.type === 'official' ? officials.find((o) => o.id === subject.officialId) : undefined;
  const remove = () => {
    if (!window.confirm(t('findings.confirmDelete'))) return;
    void run(async () => {
      await deleteFinding(db, finding.id);
      navigate({ name: 'inspection', id: inspection.id, tab: 'findings' });
    });
  };
  return (
    <div className="finding-details">
      <EvidenceSection finding={finding} evidence={evidence} editable={editable} />
      <RecommendationPanel finding={finding} editable={editable} />
      {decision && <DecisionPanel finding={finding} view={decision} />}
      {official && <DueProcessPanel finding={finding} official={official} editable={editable} />}
      {official && <OfficialHistory official={official} currentFindingId={finding.id} />}
      {editable && (
        <div className="danger-zone">
          <button type="button" className="danger" onClick={remove}>{t('findings.delete')}</button>
          {error && <p className="form-error" role="alert">{error}</p>}
        </div>
      )}
    </div>
  );
}
