import type { FieldDatabase, StoredEvidence } from '../index';
import { isSealedEvidence, sealEvidenceBytes } from './evidence-bytes';
import { SEALED_TABLES } from './middleware';

/** Set in the same transaction that seals the last record: after it, nothing in clear is left to find. */
export const SEALED_AT_REST_SETTING = 'atRest.sealedExisting';

async function isClearBlob(blob: Blob | null): Promise<boolean> {
  if (blob === null) return false;
  return !isSealedEvidence(new Uint8Array(await blob.slice(0, 8).arrayBuffer()));
}

async function sealEvidenceRow(db: FieldDatabase, row: StoredEvidence): Promise<void> {
  const [blobClear, thumbnailClear] = await Promise.all([isClearBlob(row.blob), isClearBlob(row.thumbnail)]);
  if (!blobClear && !thumbnailClear) return;
  // Read and seal outside the transaction (a Blob read would commit it early) …
  const blob = blobClear ? await sealEvidenceBytes(new Uint8Array(await row.blob.arrayBuffer()), row.id, 'blob') : row.blob;
  const thumbnail = thumbnailClear && row.thumbnail ? await sealEvidenceBytes(new Uint8Array(await row.thumbnail.arrayBuffer()), row.id, 'thumbnail') : row.thumbnail;
  // … then replace the row only if it is still the one read (evidence is never edited, only added or removed).
  await db.transaction('rw', db.evidence, async () => {
    const current = await db.evidence.get(row.id);
    if (current?.sha256 === row.sha256) await db.evidence.put({ ...current, blob, thumbnail });
  });
}

/**
 * Devices that stored records before encryption at rest: on the first unlock,
 * seal every evidence file (one transaction each, so a crash loses nothing and
 * the next unlock carries on), then rewrite every record of the sealed tables
 * through the middleware in one transaction. Returns whether anything was done.
 */
export async function sealExistingRecords(db: FieldDatabase): Promise<boolean> {
  if ((await db.settings.get(SEALED_AT_REST_SETTING))?.value === true) return false;
  for (const row of await db.evidence.toArray()) await sealEvidenceRow(db, row);
  const tables = db.tables.filter((table) => SEALED_TABLES.has(table.name));
  await db.transaction('rw', [...tables, db.settings], async () => {
    for (const table of tables) {
      const rows = await table.toArray();
      if (rows.length > 0) await table.bulkPut(rows);
    }
    await db.settings.put({ key: SEALED_AT_REST_SETTING, value: true });
  });
  return true;
}
