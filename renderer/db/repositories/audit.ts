import type { AuditEvent, AuditEventType, Inspection } from '../../../shared/domain/inspection';
import type { FieldDatabase } from '../index';

/**
 * Appends one audit event inside the caller's transaction and returns the
 * inspection with its advanced sequence number (the caller writes it back).
 */
export async function appendAudit(
  db: FieldDatabase,
  inspection: Inspection,
  event: { type: AuditEventType; actor: string; at: string; detail: AuditEvent['detail'] },
): Promise<Inspection> {
  const seq = inspection.lastAuditSeq + 1;
  await db.auditEvents.add({
    id: `${inspection.id}:${String(seq).padStart(8, '0')}`,
    inspectionId: inspection.id,
    seq,
    at: event.at,
    actor: event.actor,
    type: event.type,
    detail: event.detail,
  });
  return { ...inspection, lastAuditSeq: seq };
}

export function auditTrail(db: FieldDatabase, inspectionId: string): Promise<AuditEvent[]> {
  return db.auditEvents.where('[inspectionId+seq]').between([inspectionId, 0], [inspectionId, Infinity]).toArray();
}
