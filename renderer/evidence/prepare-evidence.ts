import {
  checkEvidenceFile,
  evidenceKindOf,
  type EvidenceErrorCode,
  type EvidenceKind,
  type EvidenceMediaType,
} from '../../shared/domain/evidence';
import { toHex } from '../../shared/seal/hash';
import { fail, ok, type Result } from '../../shared/result';
import { sniffMediaType } from './media-signature';
import { makeThumbnail as workerThumbnail } from './thumbnail';

export interface PreparedEvidence {
  /** The exact bytes that were hashed, so the stored file and its hash cannot drift apart. */
  blob: Blob;
  name: string;
  mediaType: EvidenceMediaType;
  kind: EvidenceKind;
  size: number;
  sha256: string;
  /** ISO instant with milliseconds, UTC. */
  takenAt: string;
  thumbnail: Blob | null;
}

export type PrepareErrorCode = EvidenceErrorCode | 'unreadable';
export type PrepareResult = Result<PreparedEvidence, PrepareErrorCode>;

export interface ExistingEvidence {
  readonly findingFiles: number;
  readonly inspectionBytes: number;
}

export interface PrepareDeps {
  /** A thumbnail, or null when the image cannot be decoded. Defaults to the thumbnail worker. */
  makeThumbnail?: (blob: Blob) => Promise<Blob | null>;
  now?: () => Date;
}

const YEAR_2000 = Date.UTC(2000, 0, 1);

/**
 * When the photo was taken: the file's modification time, unless the device
 * clock or the copy reset it to something impossible (1980, 1970, tomorrow).
 */
export function takenAtFor(lastModified: number, now: Date): string {
  const sane = Number.isFinite(lastModified) && lastModified > YEAR_2000 && lastModified <= now.getTime();
  return new Date(sane ? lastModified : now.getTime()).toISOString();
}

/**
 * Check, read, hash and thumbnail one file. Limits are checked before any byte
 * is read, so a 2 GB video picked by mistake costs nothing. A photo that does
 * not decode is refused: a broken attachment would only be found at HQ.
 */
export async function prepareEvidence(file: File, existing: ExistingEvidence, deps: PrepareDeps = {}): Promise<PrepareResult> {
  const checked = checkEvidenceFile(file, existing);
  if (!checked.ok) return fail(checked.error.code, checked.error.detail);
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    return fail('unreadable', 'read_failed');
  }
  // A file still being written (a sync client, a camera card) would hash something else than was checked.
  if (bytes.byteLength !== file.size) return fail('unreadable', 'changed_while_reading');
  const mediaType = sniffMediaType(bytes);
  if (mediaType === null) return fail('unreadable', 'unknown_signature');
  const kind = evidenceKindOf(mediaType);
  const blob = new Blob([bytes], { type: mediaType });
  const sha256 = toHex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
  let thumbnail: Blob | null = null;
  if (kind === 'photo') {
    thumbnail = await (deps.makeThumbnail ?? workerThumbnail)(blob).catch(() => null);
    if (thumbnail === null) return fail('unreadable', 'undecodable');
  }
  const now = (deps.now ?? (() => new Date()))();
  return ok({
    blob,
    // macOS hands over decomposed (NFD) Vietnamese; NFC keeps names comparable and searchable.
    name: file.name.normalize('NFC'),
    mediaType,
    kind,
    size: bytes.byteLength,
    sha256,
    takenAt: takenAtFor(file.lastModified, now),
    thumbnail,
  });
}

export interface PreparedFile {
  readonly file: File;
  readonly result: PrepareResult;
}

/**
 * Prepare files one after another (one file being read at a time), counting
 * each accepted file against the limits so a batch cannot overshoot them together.
 */
export async function prepareMany(
  files: readonly File[],
  existing: ExistingEvidence,
  onProgress?: (done: number, total: number) => void,
  deps: PrepareDeps = {},
): Promise<PreparedFile[]> {
  let counts = existing;
  const outcomes: PreparedFile[] = [];
  onProgress?.(0, files.length);
  for (const file of files) {
    const result = await prepareEvidence(file, counts, deps);
    if (result.ok) counts = { findingFiles: counts.findingFiles + 1, inspectionBytes: counts.inspectionBytes + result.value.size };
    outcomes.push({ file, result });
    onProgress?.(outcomes.length, files.length);
  }
  return outcomes;
}
