import type { Inspection } from '../../../shared/domain/inspection';
import type { EvidenceMeta } from '../../../shared/domain/evidence';
import { emptySignOff } from '../../../shared/domain/sign-off';
import type { InspectionRecordParts } from '../../../shared/seal/inspection-record';
import type { ChainedAuditEvent } from '../../../shared/seal/audit-chain';
import type { SealCrypto } from '../../../shared/seal/subtle';
import { sha256Hex } from '../../../shared/seal/hash';
import type { FieldDatabase, StoredEvidence } from '../index';
import { RepositoryError } from './repository-error';
import { openEvidenceBytes } from '../at-rest/evidence-bytes';

export interface LoadedRecord {
  /** `office` is a placeholder when the roster no longer has it; sealing checks `officeKnown`. */
  readonly parts: InspectionRecordParts;
  readonly officeKnown: boolean;
  /** Sealed at rest, by evidence id: read them with `openEvidenceBytes`. */
  readonly evidenceBlobs: ReadonlyMap<string, Blob>;
  readonly trail: readonly ChainedAuditEvent[];
}

const metaOf = ({ blob, thumbnail, ...meta }: StoredEvidence): EvidenceMeta => meta;

/** Everything that goes into the sealed record, read in one consistent transaction. */
export function loadRecordParts(db: FieldDatabase, inspectionId: string): Promise<LoadedRecord> {
  return db.transaction('r', [db.inspections, db.answers, db.findings, db.evidence, db.signOffs, db.offices, db.officials, db.auditEvents], async () => {
    const inspection: Inspection | undefined = await db.inspections.get(inspectionId);
    if (!inspection) throw new RepositoryError('not_found');
    const [answers, findings, evidence, signOff, office, trail] = await Promise.all([
      db.answers.where('inspectionId').equals(inspectionId).toArray(),
      db.findings.where('inspectionId').equals(inspectionId).toArray(),
      db.evidence.where('inspectionId').equals(inspectionId).toArray(),
      db.signOffs.get(inspectionId),
      db.offices.get(inspection.officeCode),
      db.auditEvents.where('[inspectionId+seq]').between([inspectionId, 0], [inspectionId, Infinity]).toArray(),
    ]);
    const officialIds = [...new Set(findings.flatMap((f) => (f.subject.type === 'official' ? [f.subject.officialId] : [])))];
    const officials = (await db.officials.bulkGet(officialIds)).filter((o) => o !== undefined);
    return {
      parts: {
        inspection,
        office: office ?? { code: inspection.officeCode, name: inspection.officeCode, province: '-', address: '-', demo: false },
        officials,
        answers,
        findings,
        evidence: evidence.map(metaOf),
        signOff: signOff ?? emptySignOff(inspectionId),
        auditHead: { seq: inspection.lastAuditSeq, hash: inspection.lastAuditHash ?? 'GENESIS' },
      },
      officeKnown: office !== undefined,
      evidenceBlobs: new Map(evidence.map((e) => [e.id, e.blob])),
      trail,
    };
  });
}

/**
 * SHA-256 of every evidence blob, four in flight: reading from IndexedDB is
 * the slow part (5–10× the hashing), and overlapping reads hides their
 * latency. Chromium runs digest on the main thread (~0.35 ms per 500 kB), but
 * each blob read ends the task, so the UI stays responsive (npm run bench).
 */
export async function hashEvidenceBlobs(
  subtle: SealCrypto,
  blobs: ReadonlyMap<string, Blob>,
  onProgress?: (done: number, total: number) => void,
): Promise<Map<string, string>> {
  const entries = [...blobs.entries()];
  const hashes = new Map<string, string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < entries.length) {
      const entry = entries[next++];
      if (!entry) return;
      hashes.set(entry[0], await sha256Hex(subtle, await openEvidenceBytes(entry[1], entry[0], 'blob')));
      onProgress?.(hashes.size, entries.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, entries.length) }, worker));
  return hashes;
}
