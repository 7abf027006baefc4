import { BundleManifest } from '../../shared/bundle/index';
import { openEvidencePart } from '../../shared/bundle/open-evidence';
import { fail, ok, type Result } from '../../shared/result';
import { hqCrypto } from '../crypto';
import type { Db } from '../db/pool';
import type { HqKeys } from '../keys';

export interface EvidenceFile {
  readonly bytes: Uint8Array;
  /** Safe to put in Content-Type: the stored type when well formed, else application/octet-stream. */
  readonly mediaType: string;
  /** Shown in the browser (images, PDF) or only downloaded. */
  readonly inline: boolean;
  readonly filename: string;
}

/** A bare `type/subtype`: the stored type came from a device, and goes into a response header. */
const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;
/** SVG is an image that can carry script: downloaded, never shown. */
const inlineType = (type: string): boolean => (type.startsWith('image/') && type !== 'image/svg+xml') || type === 'application/pdf';
const EXTENSIONS: Readonly<Record<string, string>> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp', 'image/heic': 'heic', 'image/gif': 'gif', 'application/pdf': 'pdf' };

interface EvidenceRow {
  sha256: string;
  part_sha256: string;
  media_type: string;
  manifest: unknown;
  data: Buffer | null;
}

/**
 * One evidence file, decrypted on request: HQ keeps evidence encrypted at rest
 * and opens a part with the same steps as ingest (shared/bundle/open-evidence.ts),
 * so altered stored bytes are refused (`unreadable`), never served.
 */
export async function evidenceFile(db: Db, keys: HqKeys, inspectionId: string, evidenceId: string): Promise<Result<EvidenceFile, 'not_found' | 'unreadable'>> {
  const { rows } = await db.query<EvidenceRow>(
    `SELECT e.sha256, e.part_sha256, e.media_type, b.manifest, p.data
     FROM evidence e JOIN inspections i ON i.id = e.inspection_id JOIN bundles b ON b.id = i.bundle_id
     LEFT JOIN bundle_parts p ON p.bundle_id = b.id AND p.sha256 = e.part_sha256
     WHERE e.inspection_id = $1 AND e.id = $2`,
    [inspectionId, evidenceId],
  );
  const row = rows[0];
  if (row === undefined) return fail('not_found');
  const manifest = BundleManifest.safeParse(row.manifest);
  if (!manifest.success) return fail('unreadable', 'manifest');
  const opened = await openEvidencePart(
    hqCrypto,
    { privateKey: keys.encryptionPrivateKey, keyId: keys.public.encryptionKeyId },
    manifest.data,
    { sha256: row.sha256, part: row.part_sha256 },
    () => (row.data === null ? undefined : new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength)),
  );
  if (!opened.ok) return fail('unreadable', opened.error.code);
  const stored = row.media_type.toLowerCase();
  const mediaType = MEDIA_TYPE.test(stored) ? stored : 'application/octet-stream';
  const safeId = evidenceId.replace(/[^A-Za-z0-9._-]/g, '_');
  const extension = EXTENSIONS[mediaType];
  return ok({ bytes: opened.value, mediaType, inline: inlineType(mediaType), filename: extension === undefined ? safeId : `${safeId}.${extension}` });
}
