import { verifyManifest, verifyReceipt } from '../../shared/bundle/index';
import { decodeBase64url } from '../../shared/seal/base64url';
import { hqCrypto } from '../crypto';
import type { Db } from '../db/pool';
import { decisionsOf, type ReviewStatus } from './decisions';

type Check = 'verified' | 'failed';

interface InspectionRow {
  id: string;
  bundle_id: string;
  office_code: string;
  template_id: string;
  template_version: number;
  device_id: string;
  sealed_at: Date;
  received_at: Date;
  review_status: ReviewStatus;
  record_hash: string;
  record: unknown;
  manifest_bytes: Buffer;
  manifest_sha256: string;
  signature: string;
  receipt: unknown;
  public_key: string;
}

/** The manifest signature was verified at ingest; checking it again on the stored bytes shows nothing changed since. */
async function integrityOf(row: { bundle_id: string; manifest_bytes: Buffer; manifest_sha256: string; signature: string; receipt: unknown; public_key: string }, hqSigningKey: string) {
  const signature = decodeBase64url(row.signature);
  const manifest = signature === null ? undefined : await verifyManifest(hqCrypto, new Uint8Array(row.manifest_bytes), signature, () => Promise.resolve(row.public_key));
  const receipt = await verifyReceipt(hqCrypto, hqSigningKey, row.receipt, { bundleId: row.bundle_id, manifestSha256: row.manifest_sha256 });
  const check = (ok: boolean | undefined): Check => (ok === true ? 'verified' : 'failed');
  return { manifestSignature: check(manifest?.ok), receiptSignature: check(receipt.ok), receipt: row.receipt };
}

/** Everything HQ holds about one inspection, except evidence bytes (they stay encrypted; a later slice decrypts for authorised roles). */
export async function inspectionDetail(db: Db, id: string, hqSigningKey: string): Promise<Record<string, unknown> | undefined> {
  const { rows } = await db.query<InspectionRow>(
    `SELECT i.id, i.bundle_id, i.office_code, i.template_id, i.template_version, i.device_id, i.sealed_at, i.received_at, i.review_status, i.record_hash, i.record,
            b.manifest_bytes, b.manifest_sha256, b.signature, b.receipt, d.public_key
     FROM inspections i JOIN bundles b ON b.id = i.bundle_id JOIN devices d ON d.id = b.device_id
     WHERE i.id = $1`,
    [id],
  );
  const row = rows[0];
  if (row === undefined) return undefined;
  const [findings, evidence, addenda, decisions] = await Promise.all([
    db.query<{ id: string }>('SELECT id, official_id AS "officialId", kind, severity, recommendation, record FROM findings WHERE inspection_id = $1 ORDER BY id', [id]),
    db.query(
      'SELECT id, finding_id AS "findingId", sha256, media_type AS "mediaType", size::float8 AS size FROM evidence WHERE inspection_id = $1 ORDER BY id',
      [id],
    ),
    db.query<{ number: number; bundle_id: string; record: unknown; received_at: Date; manifest_bytes: Buffer; manifest_sha256: string; signature: string; receipt: unknown; public_key: string }>(
      `SELECT a.number, a.bundle_id, a.record, a.received_at, b.manifest_bytes, b.manifest_sha256, b.signature, b.receipt, d.public_key
       FROM addenda a JOIN bundles b ON b.id = a.bundle_id JOIN devices d ON d.id = b.device_id
       WHERE a.inspection_id = $1 ORDER BY a.number`,
      [id],
    ),
    decisionsOf(db, id),
  ]);
  // The template version the inspection pinned, as HQ published it (null when HQ never published it).
  const template = await db.query<{ template: unknown }>(
    `SELECT t AS template FROM published p CROSS JOIN LATERAL jsonb_array_elements(p.body->'templates') t
     WHERE p.kind = 'templates' AND t->>'id' = $1 AND t->>'version' = $2
     ORDER BY p.published_at DESC LIMIT 1`,
    [row.template_id, String(row.template_version)],
  );
  return {
    id: row.id,
    bundleId: row.bundle_id,
    officeCode: row.office_code,
    templateId: row.template_id,
    templateVersion: row.template_version,
    deviceId: row.device_id,
    sealedAt: row.sealed_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    reviewStatus: row.review_status,
    recordHash: row.record_hash,
    record: row.record,
    template: template.rows[0]?.template ?? null,
    // Each finding with its decisions, newest first: the current one, one pending approval, and superseded history.
    findings: findings.rows.map((finding) => ({ ...finding, decisions: decisions.filter((d) => d.findingId === finding.id) })),
    evidence: evidence.rows,
    addenda: await Promise.all(
      addenda.rows.map(async (a) => ({
        number: a.number,
        bundleId: a.bundle_id,
        receivedAt: a.received_at.toISOString(),
        record: a.record,
        integrity: await integrityOf(a, hqSigningKey),
      })),
    ),
    integrity: await integrityOf(row, hqSigningKey),
  };
}
