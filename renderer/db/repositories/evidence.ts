import { checkEvidenceFile, evidenceKindOf, Sha256Hex } from '../../../shared/domain/evidence';
import { IsoInstant } from '../../../shared/domain/localized';
import type { FieldDatabase, StoredEvidence } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { loadEditableInspection } from './editable';
import { guardWrite, RepositoryError } from './repository-error';
import { sealEvidenceBlob } from '../at-rest/evidence-bytes';

/** A file ready to store: hashed and thumbnailed outside the transaction (renderer/evidence). */
export interface EvidenceUpload {
  readonly blob: Blob;
  readonly name: string;
  readonly mediaType: string;
  readonly sha256: string;
  readonly takenAt: string;
  readonly thumbnail: Blob | null;
}

/**
 * Stores one piece of evidence for a finding, re-checking type and limits
 * against what is stored now. The hash is checked again when sealing, which
 * re-reads every blob.
 */
export async function attachEvidence(db: FieldDatabase, findingId: string, upload: EvidenceUpload, clock: Clock = systemClock): Promise<StoredEvidence> {
  if (!Sha256Hex.safeParse(upload.sha256).success || !IsoInstant.safeParse(upload.takenAt).success) {
    throw new RepositoryError('invalid_input', 'evidence');
  }
  // The bytes are sealed before the transaction: reading a Blob inside it would commit it early.
  const id = clock.newId();
  const [blob, thumbnail] = await guardWrite(() =>
    Promise.all([sealEvidenceBlob(upload.blob, id, 'blob'), upload.thumbnail === null ? null : sealEvidenceBlob(upload.thumbnail, id, 'thumbnail')]),
  );
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.findings, db.evidence, db.auditEvents], async () => {
      const finding = await db.findings.get(findingId);
      if (!finding) throw new RepositoryError('not_found', 'finding');
      const inspection = await loadEditableInspection(db, finding.inspectionId);
      const stored = await db.evidence.where('inspectionId').equals(inspection.id).toArray();
      const checked = checkEvidenceFile(
        { name: upload.name, size: upload.blob.size, type: upload.mediaType },
        { findingFiles: stored.filter((e) => e.findingId === findingId).length, inspectionBytes: stored.reduce((sum, e) => sum + e.size, 0) },
      );
      if (!checked.ok) throw new RepositoryError('evidence_rejected', checked.error.code);
      const at = clock.now();
      const evidence: StoredEvidence = {
        id,
        inspectionId: inspection.id,
        findingId,
        kind: evidenceKindOf(checked.value),
        name: upload.name.trim(),
        mediaType: checked.value,
        size: upload.blob.size,
        sha256: upload.sha256,
        takenAt: upload.takenAt,
        addedAt: at,
        blob,
        thumbnail,
      };
      await db.evidence.add(evidence);
      const next = await appendAudit(db, { ...inspection, updatedAt: at }, {
        type: 'evidence.added',
        actor: inspection.team.lead,
        at,
        detail: { findingId, evidenceId: evidence.id, sha256: evidence.sha256, size: evidence.size },
      });
      await db.inspections.put(next);
      return evidence;
    }),
  );
}

export function removeEvidence(db: FieldDatabase, evidenceId: string, clock: Clock = systemClock): Promise<void> {
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.evidence, db.auditEvents], async () => {
      const evidence = await db.evidence.get(evidenceId);
      if (!evidence) throw new RepositoryError('not_found', 'evidence');
      const inspection = await loadEditableInspection(db, evidence.inspectionId);
      await db.evidence.delete(evidenceId);
      const at = clock.now();
      const next = await appendAudit(db, { ...inspection, updatedAt: at }, {
        type: 'evidence.removed',
        actor: inspection.team.lead,
        at,
        detail: { findingId: evidence.findingId, evidenceId },
      });
      await db.inspections.put(next);
    }),
  );
}

export function evidenceOf(db: FieldDatabase, inspectionId: string): Promise<StoredEvidence[]> {
  return db.evidence.where('inspectionId').equals(inspectionId).toArray();
}
