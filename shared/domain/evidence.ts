import { z } from 'zod';
import { IsoInstant } from './localized';
import { fail, ok, type Result } from '../result';

/**
 * Evidence kinds and limits. Photos are what inspectors take most; documents
 * are scans or PDFs the office hands over. HEIC is refused because Chromium
 * cannot show it, so nobody at HQ could look at it either.
 */
export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const DOCUMENT_TYPES = ['application/pdf'] as const;
export const EvidenceMediaType = z.enum([...PHOTO_TYPES, ...DOCUMENT_TYPES]);
export type EvidenceMediaType = z.infer<typeof EvidenceMediaType>;

export const EVIDENCE_LIMITS = {
  /** One file: a 48-megapixel JPEG is ~15 MB; scans of a few pages stay below this. */
  maxFileBytes: 25 * 1024 * 1024,
  /** Per finding, so a bundle stays small enough to send over a weak link. */
  maxFilesPerFinding: 40,
  /** Per inspection, all findings together (200 photos × 0.5 MB is the benchmark case). */
  maxInspectionBytes: 400 * 1024 * 1024,
  maxNameLength: 200,
} as const;

export const EvidenceKind = z.enum(['photo', 'document']);
export type EvidenceKind = z.infer<typeof EvidenceKind>;

export const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);

/** What is stored and sealed about a piece of evidence; the bytes live beside it as a Blob. */
export const EvidenceMeta = z.object({
  id: z.uuid(),
  inspectionId: z.uuid(),
  findingId: z.uuid(),
  kind: EvidenceKind,
  name: z.string().trim().min(1).max(EVIDENCE_LIMITS.maxNameLength),
  mediaType: EvidenceMediaType,
  size: z.number().int().positive().max(EVIDENCE_LIMITS.maxFileBytes),
  sha256: Sha256Hex,
  /** When the photo was taken (camera capture time or the file's modification time). */
  takenAt: IsoInstant,
  addedAt: IsoInstant,
});
export type EvidenceMeta = z.infer<typeof EvidenceMeta>;

export type EvidenceErrorCode = 'empty_file' | 'too_large' | 'unsupported_type' | 'too_many_files' | 'inspection_too_large' | 'bad_name';

export const evidenceKindOf = (mediaType: EvidenceMediaType): EvidenceKind =>
  (PHOTO_TYPES as readonly string[]).includes(mediaType) ? 'photo' : 'document';

/**
 * Checks a file before anything is read or stored. `existing` is what the
 * finding and the inspection already hold. detail carries the number that broke the limit.
 */
export function checkEvidenceFile(
  file: { readonly name: string; readonly size: number; readonly type: string },
  existing: { readonly findingFiles: number; readonly inspectionBytes: number } = { findingFiles: 0, inspectionBytes: 0 },
): Result<EvidenceMediaType, EvidenceErrorCode> {
  const mediaType = EvidenceMediaType.safeParse(file.type.toLowerCase());
  if (!mediaType.success) return fail('unsupported_type', file.type || 'unknown');
  if (file.name.trim().length === 0 || file.name.length > EVIDENCE_LIMITS.maxNameLength) return fail('bad_name');
  if (file.size <= 0) return fail('empty_file');
  if (file.size > EVIDENCE_LIMITS.maxFileBytes) return fail('too_large', String(file.size));
  if (existing.findingFiles >= EVIDENCE_LIMITS.maxFilesPerFinding) return fail('too_many_files', String(existing.findingFiles));
  if (existing.inspectionBytes + file.size > EVIDENCE_LIMITS.maxInspectionBytes) return fail('inspection_too_large', String(existing.inspectionBytes));
  return ok(mediaType.data);
}
