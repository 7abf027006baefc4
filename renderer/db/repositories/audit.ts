import type { AuditEvent, AuditEventType, Inspection } from '../../../shared/domain/inspection';
import { chainHashSync, type ChainedAuditEvent } from '../../../shared/seal/audit-chain';
import type { FieldDatabase } from '../index';
import { RepositoryError } from './repository-error';

/**
 * Appends one audit event inside the caller's transaction and returns the
 * inspection with its advanced sequence number and chain hash (the caller
 * writes it back). Details hold ids and codes only: never names or free text.
 */
export async function appendAudit(
  db: FieldDatabase,
  inspection: Inspection,
  event: { type: AuditEventType; actor: string; at: string; detail: AuditEvent['detail'] },
): Promise<Inspection> {
  const seq = inspection.lastAuditSeq + 1;
  const entry: AuditEvent = {
    id: `${inspection.id}:${String(seq).padStart(8, '0')}`,
    inspectionId: inspection.id,
    seq,
    at: event.at,
    actor: event.actor,
    type: event.type,
    detail: event.detail,
  };
  const hash = chainHashSync(inspection.lastAuditHash ?? null, entry);
  if (!hash.ok) throw new RepositoryError('invalid_input', 'audit detail');
  await db.auditEvents.add({ ...entry, hash: hash.value });
  return { ...inspection, lastAuditSeq: seq, lastAuditHash: hash.value };
}

export function auditTrail(db: FieldDatabase, inspectionId: string): Promise<ChainedAuditEvent[]> {
  return db.auditEvents.where('[inspectionId+seq]').between([inspectionId, 0], [inspectionId, Infinity]).toArray();
}
