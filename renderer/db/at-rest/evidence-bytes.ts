import { openBytes, sealBytes } from './data-key';

/**
 * Evidence bytes at rest. A Blob cannot be read synchronously, so the at-rest
 * middleware leaves Blob fields as they are and the evidence repository seals
 * the bytes before its transaction; every reader opens them here.
 *
 * A sealed blob starts with "IKAR" and a version byte. Blobs stored before
 * encryption at rest have no such header (evidence is JPEG, PNG or PDF, whose
 * own magic numbers differ) and read as they are until the migration seals them.
 */
export type EvidencePart = 'blob' | 'thumbnail';

const MAGIC = new Uint8Array([0x49, 0x4b, 0x41, 0x52, 0x01]);
const SEALED_TYPE = 'application/octet-stream';

const contextOf = (evidenceId: string, part: EvidencePart): Uint8Array => new TextEncoder().encode(`evidence/${evidenceId}/${part}`);

export function isSealedEvidence(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export function sealEvidenceBytes(bytes: Uint8Array, evidenceId: string, part: EvidencePart): Blob {
  return new Blob([MAGIC, sealBytes(bytes, contextOf(evidenceId, part))], { type: SEALED_TYPE });
}

export async function sealEvidenceBlob(blob: Blob, evidenceId: string, part: EvidencePart): Promise<Blob> {
  return sealEvidenceBytes(new Uint8Array(await blob.arrayBuffer()), evidenceId, part);
}

/** The evidence's own bytes; throws UnreadableError if they were changed at rest or belong to another item. */
export async function openEvidenceBytes(blob: Blob, evidenceId: string, part: EvidencePart): Promise<Uint8Array<ArrayBuffer>> {
  const stored = new Uint8Array(await blob.arrayBuffer());
  if (!isSealedEvidence(stored)) return stored;
  return openBytes(stored.subarray(MAGIC.length), contextOf(evidenceId, part));
}

export async function openEvidenceBlob(blob: Blob, evidenceId: string, part: EvidencePart, mediaType: string): Promise<Blob> {
  return new Blob([await openEvidenceBytes(blob, evidenceId, part)], { type: mediaType });
}
