import { transition } from '../../../shared/lifecycle/inspection-lifecycle';
import { inspectionRecord, addendumRecord } from '../../../shared/seal/inspection-record';
import { sealBlockers } from '../../../shared/seal/seal-readiness';
import { sealRecord, type DeviceKey } from '../../../shared/seal/seal';
import type { SealCrypto } from '../../../shared/seal/subtle';
import { isSealed } from '../../../shared/lifecycle/inspection-lifecycle';
import type { FieldDatabase, StoredAddendum, StoredSeal } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { hashEvidenceBlobs, loadRecordParts } from './record-parts';
import { guardWrite, RepositoryError } from './repository-error';
import { newOutboxEntry } from './outbox-entry';

export interface SealProgress {
  readonly phase: 'hashing' | 'signing' | 'saving';
  readonly done: number;
  readonly total: number;
}

/**
 * Seals a signed inspection: re-hashes every evidence blob against its stored
 * hash, builds the canonical record (ending at the current audit head), signs
 * it with the device key, then writes seal, status, audit event and the outbox
 * entry that sends it to HQ in one transaction, provided nothing changed
 * meanwhile (WebCrypto cannot run inside an IndexedDB transaction, so this is
 * optimistic). Field database only: training never reaches the outbox.
 */
export async function sealInspection(
  db: FieldDatabase,
  subtle: SealCrypto,
  key: DeviceKey,
  inspectionId: string,
  clock: Clock = systemClock,
  onProgress?: (progress: SealProgress) => void,
): Promise<StoredSeal> {
  const { parts, evidenceBlobs, officeKnown } = await loadRecordParts(db, inspectionId);
  const { inspection } = parts;
  if (isSealed(inspection.status)) throw new RepositoryError('sealed', inspection.status);
  if (!officeKnown) throw new RepositoryError('not_found', 'office');
  const blockers = sealBlockers({ status: inspection.status, findings: parts.findings, signOff: parts.signOff });
  if (blockers.length > 0) throw new RepositoryError('seal_blocked', blockers.map((b) => b.code).join(','));

  const hashes = await hashEvidenceBlobs(subtle, evidenceBlobs, (done, total) => onProgress?.({ phase: 'hashing', done, total }));
  const corrupt = parts.evidence.find((e) => hashes.get(e.id) !== e.sha256);
  if (corrupt) throw new RepositoryError('evidence_rejected', `hash_mismatch:${corrupt.id}`);

  onProgress?.({ phase: 'signing', done: 0, total: 1 });
  const record = inspectionRecord(parts);
  const sealedAt = clock.now();
  const seal = await sealRecord(subtle, key, record, sealedAt);
  if (!seal.ok) throw new RepositoryError('invalid_input', seal.error.code);

  onProgress?.({ phase: 'saving', done: 0, total: 1 });
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.seals, db.auditEvents, db.outbox], async () => {
      const current = await db.inspections.get(inspectionId);
      if (current?.lastAuditSeq !== inspection.lastAuditSeq || current.lastAuditHash !== inspection.lastAuditHash) {
        throw new RepositoryError('changed_while_sealing');
      }
      const sealed = transition(current.status, 'seal');
      if (!sealed.ok) throw new RepositoryError('illegal_transition', sealed.error.detail);
      const stored: StoredSeal = { inspectionId, record, seal: seal.value };
      await db.seals.add(stored);
      await db.outbox.add(newOutboxEntry({ inspectionId, kind: 'inspection' }, sealedAt));
      const moved = await appendAudit(db, { ...current, status: sealed.value, updatedAt: sealedAt }, {
        type: 'inspection.sealed',
        actor: current.team.lead,
        at: sealedAt,
        detail: { from: current.status, to: sealed.value, recordHash: seal.value.recordHash },
      });
      await db.inspections.put(moved);
      return stored;
    }),
  );
}

export interface AddendumInput {
  readonly text: string;
  readonly reason: string;
}

/** A correction to a sealed inspection: sealed on its own, linked to the seal by hash, logged, queued for HQ. */
export async function addAddendum(
  db: FieldDatabase,
  subtle: SealCrypto,
  key: DeviceKey,
  inspectionId: string,
  input: AddendumInput,
  clock: Clock = systemClock,
): Promise<StoredAddendum> {
  const text = input.text.trim();
  const reason = input.reason.trim();
  if (text.length === 0 || text.length > 4000) throw new RepositoryError('invalid_input', 'text');
  if (reason.length === 0 || reason.length > 2000) throw new RepositoryError('invalid_input', 'reason');
  const [inspection, parent, count] = await db.transaction('r', [db.inspections, db.seals, db.addenda], () =>
    Promise.all([db.inspections.get(inspectionId), db.seals.get(inspectionId), db.addenda.where('inspectionId').equals(inspectionId).count()]),
  );
  if (!inspection) throw new RepositoryError('not_found');
  if (!parent || !isSealed(inspection.status)) throw new RepositoryError('not_editable', inspection.status);
  const content = {
    id: clock.newId(),
    inspectionId,
    number: count + 1,
    parentRecordHash: parent.seal.recordHash,
    text,
    reason,
    author: inspection.team.lead,
    createdAt: clock.now(),
  };
  const seal = await sealRecord(subtle, key, addendumRecord(content), content.createdAt);
  if (!seal.ok) throw new RepositoryError('invalid_input', seal.error.code);
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.addenda, db.auditEvents, db.outbox], async () => {
      const current = await db.inspections.get(inspectionId);
      if (!current || (await db.addenda.where('inspectionId').equals(inspectionId).count()) !== count) throw new RepositoryError('changed_while_sealing');
      const stored: StoredAddendum = { ...content, seal: seal.value };
      await db.addenda.add(stored);
      await db.outbox.add(newOutboxEntry({ inspectionId, kind: 'addendum', addendumNumber: content.number }, content.createdAt));
      const moved = await appendAudit(db, { ...current, updatedAt: content.createdAt }, {
        type: 'addendum.sealed',
        actor: current.team.lead,
        at: content.createdAt,
        detail: { addendumId: content.id, number: content.number, recordHash: seal.value.recordHash },
      });
      await db.inspections.put(moved);
      return stored;
    }),
  );
}
