import type { Transaction } from 'dexie';
import type { OutboxEntry, StoredAddendum, StoredSeal } from '../index';
import { newOutboxEntry } from '../repositories/outbox-entry';

/**
 * v2 → v3: records sealed before sync existed get their outbox entries, as if
 * sealed today, so every sealed inspection and addendum reaches HQ.
 */
export async function enqueueSealedRecords(tx: Transaction): Promise<void> {
  const outbox = tx.table<OutboxEntry, string>('outbox');
  const seals = await tx.table<StoredSeal, string>('seals').toArray();
  const addenda = await tx.table<StoredAddendum, string>('addenda').toArray();
  const entries = [
    ...seals.map((s) => newOutboxEntry({ inspectionId: s.inspectionId, kind: 'inspection' }, s.seal.sealedAt)),
    ...addenda
      .sort((a, b) => a.number - b.number)
      .map((a) => newOutboxEntry({ inspectionId: a.inspectionId, kind: 'addendum', addendumNumber: a.number }, a.createdAt)),
  ];
  await outbox.bulkAdd(entries);
}
