import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { StoredEvidence } from '../db';
import { useWorkspaceDb } from '../db/workspace-db';
import { attachEvidence, removeEvidence } from '../db/repositories/evidence';
import { EvidencePicker } from '../evidence/EvidencePicker';
import { EvidenceGallery } from '../evidence/EvidenceGallery';
import type { PreparedEvidence } from '../evidence/prepare-evidence';
import { useRepositoryAction } from './use-repository-action';

/** Photos and documents of one finding: prepared (checked, hashed, thumbnailed) off the transaction, then stored one by one. */
export function EvidenceSection({ finding, evidence, editable }: { finding: FindingRecord; evidence: readonly StoredEvidence[]; editable: boolean }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const { run, error } = useRepositoryAction();
  const mine = evidence.filter((e) => e.findingId === finding.id).sort((a, b) => a.addedAt.localeCompare(b.addedAt));
  const existing = { findingFiles: mine.length, inspectionBytes: evidence.reduce((sum, e) => sum + e.size, 0) };
  const store = async (items: PreparedEvidence[]) => {
    const stored = await run(async () => {
      for (const item of items) await attachEvidence(db, finding.id, item);
    });
    if (!stored) throw new Error('evidence not stored');
  };
  return (
    <section className="panel evidence-section" aria-labelledby={`evidence-${finding.id}`}>
      <h3 id={`evidence-${finding.id}`}>{t('findings.evidenceTitle', { count: mine.length })}</h3>
      <EvidenceGallery
        items={mine}
        readOnly={!editable}
        onRemove={(id) => void run(() => removeEvidence(db, id))}
      />
      {editable && <EvidencePicker existing={existing} onPrepared={store} />}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
