import { encodeBundle, recordEvidenceHashes, type BundleCrypto, type BundleInput, type EncodeFailure } from '../../shared/bundle/index';
import { addendumRecord } from '../../shared/seal/inspection-record';
import { sha256Hex } from '../../shared/seal/hash';
import { fail, ok, type Result } from '../../shared/result';
import type { FieldDatabase, OutboxEntry, StoredBundleManifest } from '../db';
import type { Enrollment } from '../db/repositories/enrollment';
import { deviceKey } from '../db/repositories/device-key';
import { bundleManifest, saveEncodedBundle } from '../db/repositories/outbox';
import { openEvidenceBytes } from '../db/at-rest/evidence-bytes';

export type EncodeError = 'record_missing' | EncodeFailure;

/** The sealed record an outbox entry carries, with the plaintext evidence it names. */
async function bundleInput(db: FieldDatabase, entry: OutboxEntry): Promise<BundleInput | undefined> {
  const inspection = await db.inspections.get(entry.inspectionId);
  if (!inspection) return undefined;
  const common = {
    bundleId: entry.bundleId,
    kind: entry.kind,
    inspectionId: entry.inspectionId,
    officeCode: inspection.officeCode,
    template: inspection.template,
    createdAt: entry.createdAt,
  };
  if (entry.kind === 'addendum') {
    const stored = await db.addenda.where('[inspectionId+number]').equals([entry.inspectionId, entry.addendumNumber ?? 0]).first();
    if (!stored) return undefined;
    const { seal, ...content } = stored;
    return { ...common, addendumNumber: content.number, record: addendumRecord(content), seal, evidence: [] };
  }
  const sealed = await db.seals.get(entry.inspectionId);
  if (!sealed) return undefined;
  const named = recordEvidenceHashes(sealed.record);
  const rows = (await db.evidence.where('inspectionId').equals(entry.inspectionId).toArray()).filter((e) => named.has(e.sha256));
  const evidence = await Promise.all(rows.map(async (e) => ({ sha256: e.sha256, bytes: await openEvidenceBytes(e.blob, e.id, 'blob') })));
  return { ...common, record: sealed.record, seal: sealed.seal, evidence };
}

export interface EncodeDeps {
  readonly db: FieldDatabase;
  readonly subtle: BundleCrypto;
  readonly randomBytes: (n: number) => Uint8Array;
}

/**
 * The entry's bundle, encoded once: the stored bytes if there are any, else a
 * fresh encoding stored before it is returned (so nothing unstored is ever sent).
 */
export async function ensureEncoded(deps: EncodeDeps, entry: OutboxEntry, enrollment: Enrollment): Promise<Result<StoredBundleManifest, EncodeError>> {
  const { db, subtle } = deps;
  const stored = await bundleManifest(db, entry.bundleId);
  if (stored) return ok(stored);
  const input = await bundleInput(db, entry);
  if (!input) return fail('record_missing');
  const key = await deviceKey(db, subtle);
  const encoded = await encodeBundle(subtle, deps.randomBytes, { key, deviceId: enrollment.deviceId }, enrollment.hq, input);
  if (!encoded.ok) return encoded;
  const { manifest, manifestBytes, signature, parts } = encoded.value;
  const manifestSha256 = await sha256Hex(subtle, manifestBytes);
  const partHashes = [manifest.payload.sha256, ...manifest.blobs.map((b) => b.sha256)];
  await saveEncodedBundle(db, entry.bundleId, { manifestBytes, signature, manifestSha256, parts, partHashes });
  // Another run may have stored its encoding first: that one is what gets sent.
  const kept = await bundleManifest(db, entry.bundleId);
  return kept ? ok(kept) : fail('record_missing');
}
