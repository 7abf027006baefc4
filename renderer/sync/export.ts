import { IKB_EXTENSION, IKB_MEDIA_TYPE, packIkb } from '../../shared/bundle/index';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import { fail, ok, type Result } from '../../shared/result';
import type { OutboxEntry } from '../db';
import { readEnrollment } from '../db/repositories/enrollment';
import { unsyncedOutboxEntries } from '../db/repositories/outbox';
import { ensureEncoded, type EncodeDeps } from './encode-entry';

export interface IkbFile {
  readonly suggestedName: string;
  readonly mediaType: string;
  readonly bytes: Uint8Array;
}

export interface ExportResult {
  readonly files: readonly IkbFile[];
  /** Entries that could not be packed, with why (e.g. `record_missing`). */
  readonly failed: readonly { readonly bundleId: string; readonly code: string }[];
}

export type ExportScope = { readonly inspectionId: string } | 'all_unsynced';

/** `kiem-tra-<office>-<yyyy-mm-dd>-<short id>[-bo-sung-<n>].ikb`, the date being the inspection's day in Vietnam. */
export function ikbFileName(entry: OutboxEntry, officeCode: string, arrivalAt: string): string {
  const office = officeCode.replace(/[^A-Za-z0-9-]/g, '-');
  const addendum = entry.kind === 'addendum' ? `-bo-sung-${entry.addendumNumber ?? 0}` : '';
  return `kiem-tra-${office}-${vietnamDate(arrivalAt)}-${entry.inspectionId.slice(0, 8)}${addendum}${IKB_EXTENSION}`;
}

/**
 * `.ikb` files for a USB stick: the same encoded bytes the upload sends (so
 * HQ sees one bundle whichever way it arrives). Exporting marks nothing
 * synced: only HQ's verified receipt does that.
 */
export async function exportBundles(deps: EncodeDeps, scope: ExportScope): Promise<Result<ExportResult, 'not_enrolled' | 'nothing_to_export'>> {
  const enrollment = await readEnrollment(deps.db);
  if (!enrollment) return fail('not_enrolled');
  const entries = (await unsyncedOutboxEntries(deps.db)).filter((e) => scope === 'all_unsynced' || e.inspectionId === scope.inspectionId);
  if (entries.length === 0) return fail('nothing_to_export');
  const files: IkbFile[] = [];
  const failed: { bundleId: string; code: string }[] = [];
  for (const entry of entries) {
    const inspection = await deps.db.inspections.get(entry.inspectionId);
    const encoded = await ensureEncoded(deps, entry, enrollment);
    if (!inspection || !encoded.ok) {
      failed.push({ bundleId: entry.bundleId, code: encoded.ok ? 'record_missing' : encoded.error.code });
      continue;
    }
    const rows = await deps.db.bundleParts.where('bundleId').equals(entry.bundleId).toArray();
    const parts = new Map(rows.map((r) => [r.sha256, r.bytes]));
    if (encoded.value.partHashes.some((sha) => !parts.has(sha))) {
      failed.push({ bundleId: entry.bundleId, code: 'missing_part' });
      continue;
    }
    files.push({
      suggestedName: ikbFileName(entry, inspection.officeCode, inspection.arrivalAt),
      mediaType: IKB_MEDIA_TYPE,
      bytes: packIkb({ manifestBytes: encoded.value.manifestBytes, signature: encoded.value.signature, parts }),
    });
  }
  return ok({ files, failed });
}
