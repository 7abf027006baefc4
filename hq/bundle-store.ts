import type { BundleManifest, SignedReceipt } from '../shared/bundle/index';
import type { Db, DbClient } from './db/pool';
import type { AddendumRows, InspectionRows } from './record-rows';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const uuidOrNull = (value: string | undefined): string | null => (value !== undefined && UUID.test(value) ? value : null);

export interface StoredBundle {
  readonly manifestSha256: string;
  readonly receipt: SignedReceipt;
}

/** What ingest needs to know before verifying, fetched in one round trip (ids as the manifest claims them). */
export interface Precheck {
  readonly earlier: StoredBundle | undefined;
  /** The device's enrolled public key, unless unknown or revoked. */
  readonly deviceKey: string | undefined;
  readonly hasInspection: boolean;
  /** The stored inspection's office and template: an addendum's manifest must repeat them. */
  readonly inspection: { readonly officeCode: string; readonly templateId: string; readonly templateVersion: number } | undefined;
  readonly hasAddendum: boolean;
}

export async function precheck(
  db: Db | DbClient,
  claimed: { bundleId?: string | undefined; deviceId?: string | undefined; inspectionId?: string | undefined; addendumNumber?: number | undefined },
): Promise<Precheck> {
  const { rows } = await db.query<{
    earlier: { sha: string; receipt: SignedReceipt } | null;
    device_key: string | null;
    inspection: { officeCode: string; templateId: string; templateVersion: number } | null;
    has_addendum: boolean;
  }>(
    `SELECT (SELECT json_build_object('sha', manifest_sha256, 'receipt', receipt) FROM bundles WHERE id = $1::uuid) AS earlier,
            (SELECT public_key FROM devices WHERE id = $2::uuid AND revoked_at IS NULL) AS device_key,
            (SELECT json_build_object('officeCode', office_code, 'templateId', template_id, 'templateVersion', template_version)
               FROM inspections WHERE id = $3) AS inspection,
            EXISTS (SELECT 1 FROM addenda WHERE inspection_id = $3 AND number = $4) AS has_addendum`,
    [uuidOrNull(claimed.bundleId), uuidOrNull(claimed.deviceId), claimed.inspectionId ?? null, claimed.addendumNumber ?? null],
  );
  const row = rows[0];
  return {
    earlier: row?.earlier == null ? undefined : { manifestSha256: row.earlier.sha, receipt: row.earlier.receipt },
    deviceKey: row?.device_key ?? undefined,
    hasInspection: row?.inspection != null,
    inspection: row?.inspection ?? undefined,
    hasAddendum: row?.has_addendum === true,
  };
}

export async function findBundle(db: Db | DbClient, bundleId: string): Promise<StoredBundle | undefined> {
  return (await precheck(db, { bundleId })).earlier;
}

export async function deviceKey(db: Db, deviceId: string): Promise<string | undefined> {
  return (await precheck(db, { deviceId })).deviceKey;
}

/** Of `shas`, those not staged. */
export async function missingStagedParts(db: Db | DbClient, shas: readonly string[]): Promise<string[]> {
  const { rows } = await db.query<{ sha256: string }>('SELECT sha256 FROM staged_parts WHERE sha256 = ANY($1::text[])', [shas]);
  const present = new Set(rows.map((row) => row.sha256));
  return shas.filter((sha) => !present.has(sha));
}

export async function readStagedPart(db: Db, sha256: string): Promise<Uint8Array | undefined> {
  const { rows } = await db.query<{ data: Buffer }>('SELECT data FROM staged_parts WHERE sha256 = $1', [sha256]);
  return rows[0]?.data;
}

export interface NewBundle {
  readonly manifest: BundleManifest;
  readonly manifestBytes: Uint8Array;
  readonly manifestSha256: string;
  readonly signature: string;
  readonly source: 'http' | 'import';
  readonly receipt: SignedReceipt;
  readonly record: unknown;
  readonly rows: InspectionRows | AddendumRows;
  /** In-memory parts (import); when absent, the parts are moved from staged_parts. */
  readonly parts?: ReadonlyMap<string, Uint8Array>;
}

export class PartsVanished extends Error {
  override readonly name = 'PartsVanished';
}

/**
 * Everything about one bundle as ONE statement (data-modifying CTEs): one round
 * trip, atomic on its own, foreign keys checked at its end. Ingest throughput
 * is bounded by round trips and commits, not by the SQL (issue 5's benchmark).
 */
function insertStatement(bundle: NewBundle): { text: string; values: unknown[] } {
  const { manifest, receipt, rows } = bundle;
  const shas = [manifest.payload.sha256, ...manifest.blobs.map((b) => b.sha256)];
  const values: unknown[] = [
    manifest.bundleId,
    manifest,
    bundle.manifestBytes,
    bundle.manifestSha256,
    bundle.signature,
    manifest.deviceId,
    manifest.kind,
    manifest.inspectionId,
    manifest.addendumNumber ?? null,
    bundle.source,
    receipt.receipt.receivedAt,
    receipt,
    manifest.payload.sha256,
    shas,
    JSON.stringify(bundle.record),
  ];
  const param = (value: unknown): string => `$${values.push(value)}`;
  const role = `CASE WHEN u.sha256 = $13 THEN 'payload' ELSE 'evidence' END`;
  const partsSource =
    bundle.parts === undefined
      ? `staged_parts u WHERE u.sha256 = ANY($14::text[])`
      : `unnest($14::text[], ${param(shas.map((sha) => bundle.parts?.get(sha) ?? new Uint8Array()))}::bytea[]) AS u(sha256, data)`;
  const size = bundle.parts === undefined ? 'u.size' : 'length(u.data)';
  const record =
    rows.kind === 'addendum'
      ? `, a AS (INSERT INTO addenda (inspection_id, number, bundle_id, record, received_at) SELECT $8, $9, b.id, $15::jsonb, $11 FROM b)`
      : `, x AS (SELECT ${param(JSON.stringify(rows.facts))}::jsonb AS facts)
         , i AS (
           INSERT INTO inspections (id, bundle_id, office_code, template_id, template_version, device_id, sealed_at, record_hash, record, received_at,
                                    province, office_name, findings_count, adverse_count, severities, recommendation_kinds)
           SELECT $8, b.id, ${param(manifest.officeCode)}, ${param(manifest.template.id)}, ${param(manifest.template.version)}, $6, ${param(manifest.sealedAt)}, ${param(manifest.recordHash)}, $15::jsonb, $11,
                  x.facts->>'province', x.facts->>'office_name', (x.facts->>'findings_count')::int, (x.facts->>'adverse_count')::int,
                  ARRAY(SELECT jsonb_array_elements_text(x.facts->'severities')), ARRAY(SELECT jsonb_array_elements_text(x.facts->'recommendation_kinds'))
           FROM b, x RETURNING id)
         , f AS (
           INSERT INTO findings (inspection_id, id, official_id, kind, severity, recommendation, record, recommendation_kind, citations, official_name)
           SELECT i.id, f.id, f.official_id, f.kind, f.severity, f.recommendation, f.record, f.recommendation_kind, f.citations, f.official_name
           FROM i, jsonb_to_recordset(${param(JSON.stringify(rows.findings))}::jsonb)
             AS f(id text, official_id text, kind text, severity text, recommendation jsonb, record jsonb, recommendation_kind text, citations text[], official_name text))
         , e AS (
           INSERT INTO evidence (inspection_id, id, finding_id, sha256, part_sha256, media_type, size)
           SELECT i.id, e.id, e.finding_id, e.sha256, e.part_sha256, e.media_type, e.size
           FROM i, jsonb_to_recordset(${param(JSON.stringify(rows.evidence))}::jsonb) AS e(id text, finding_id text, sha256 text, part_sha256 text, media_type text, size bigint))`;
  const text = `
    WITH b AS (
      INSERT INTO bundles (id, manifest, manifest_bytes, manifest_sha256, signature, device_id, kind, inspection_id, addendum_number, source, received_at, receipt)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) RETURNING id)
    , p AS (
      INSERT INTO bundle_parts (bundle_id, sha256, role, size, data)
      SELECT b.id, u.sha256, ${role}, ${size}, u.data FROM b, ${partsSource} RETURNING 1)
    , d AS (DELETE FROM staged_parts WHERE sha256 = ANY($14::text[]))
    ${record}
    SELECT (SELECT count(*) FROM p)::int AS parts`;
  return { text, values };
}

/**
 * Stores the bundle and everything read from it, or nothing. With staged parts
 * the caller runs it in a transaction: if the sweep took a part in between,
 * PartsVanished rolls it back. A unique violation means a concurrent twin won.
 */
export async function insertBundle(client: Db | DbClient, bundle: NewBundle): Promise<void> {
  const { text, values } = insertStatement(bundle);
  // Four shapes of one statement (parts staged or in memory, inspection or addendum): each is parsed
  // and planned once per connection, not per bundle.
  const name = `insert-bundle-${bundle.parts === undefined ? 'staged' : 'in-memory'}-${bundle.rows.kind}`;
  const { rows } = await client.query<{ parts: number }>({ name, text, values });
  if (rows[0]?.parts !== bundle.manifest.blobs.length + 1) throw new PartsVanished();
}
