import type { Transaction } from 'dexie';
import type { AuditEvent, Inspection } from '../../../shared/domain/inspection';
import { chainHashSync } from '../../../shared/seal/audit-chain';

/**
 * v1 → v2: audit events written before chaining get their hashes, in seq order
 * per inspection, and each inspection remembers its last hash. Synchronous
 * hashing keeps the upgrade inside its transaction.
 */
export async function chainAuditTrails(tx: Transaction): Promise<void> {
  const inspections = tx.table<Inspection, string>('inspections');
  const events = tx.table<AuditEvent & { hash?: string }, string>('auditEvents');
  for (const inspection of await inspections.toArray()) {
    const trail = await events.where('[inspectionId+seq]').between([inspection.id, 0], [inspection.id, Infinity]).toArray();
    let prev: string | null = null;
    for (const row of trail) {
      const { hash, ...event } = row;
      const hashed = chainHashSync(prev, event);
      if (!hashed.ok) throw new Error(`audit event ${event.id} is not serialisable`);
      await events.put({ ...event, hash: hashed.value });
      prev = hashed.value;
    }
    if (prev !== null) await inspections.put({ ...inspection, lastAuditHash: prev });
  }
}
