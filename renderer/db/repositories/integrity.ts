import { checkIntegrity, type IntegrityReport } from '../../../shared/seal/integrity';
import { inspectionRecord } from '../../../shared/seal/inspection-record';
import { toChainedEvent } from '../../../shared/seal/audit-chain';
import type { SealCrypto } from '../../../shared/seal/subtle';
import type { FieldDatabase } from '../index';
import { hashEvidenceBlobs, loadRecordParts } from './record-parts';

/**
 * "Verify integrity": reads everything stored about an inspection, re-hashes
 * evidence, rebuilds the record from the live rows and checks it against the
 * seal, the audit chain and the addenda. Reads only; never repairs.
 */
export async function verifyIntegrity(db: FieldDatabase, subtle: SealCrypto, inspectionId: string): Promise<IntegrityReport> {
  const { parts, evidenceBlobs, trail } = await loadRecordParts(db, inspectionId);
  const [stored, addenda, key] = await Promise.all([
    db.seals.get(inspectionId),
    db.addenda.where('inspectionId').equals(inspectionId).toArray(),
    db.deviceKeys.get('device'),
  ]);
  const blobHashes = await hashEvidenceBlobs(subtle, evidenceBlobs);
  // The roster is reference data HQ may replace after sealing: the record keeps its own copy of
  // the office and the officials named, so only the inspection's own rows are rebuilt.
  const rebuilt = stored && inspectionRecord({ ...parts, office: stored.record.office, officials: stored.record.officials, auditHead: stored.record.auditHead });
  const sealed = stored && rebuilt && { record: stored.record, seal: stored.seal, rebuilt };
  return checkIntegrity(subtle, {
    inspection: parts.inspection,
    answers: parts.answers,
    trail: trail.map(toChainedEvent),
    evidence: parts.evidence,
    blobHashes,
    addenda,
    ...(sealed ? { sealed } : {}),
    ...(key ? { devicePublicKey: key.publicKeyRaw } : {}),
  });
}
