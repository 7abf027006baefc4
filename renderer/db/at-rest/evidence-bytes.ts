import { bulkCipherKey, UnreadableError } from './data-key';

/**
 * Evidence bytes at rest. A Blob cannot be read synchronously, so the at-rest
 * middleware leaves Blob fields as they are and the evidence repository seals
 * the bytes before its transaction; every reader opens them here.
 *
 * AES-256-GCM under a key derived from the data key (data-key.ts,
 * `bulkCipherKey`), a random 96-bit IV per item, and the item's id and part
 * as associated data: bytes moved onto another item do not open.
 *
 * A sealed blob is "IKAR", a version byte, the IV, then the ciphertext. Blobs stored before
 * encryption at rest have no such header (evidence is JPEG, PNG or PDF, whose
 * own magic numbers differ) and read as they are until the migration seals them.
 */
export type EvidencePart = 'blob' | 'thumbnail';

const MAGIC = new Uint8Array([0x49, 0x4b, 0x41, 0x52, 0x01]);
const IV_BYTES = 12;
const SEALED_TYPE = 'application/octet-stream';

const contextOf = (evidenceId: string, part: EvidencePart): Uint8Array<ArrayBuffer> => new TextEncoder().encode(`evidence/${evidenceId}/${part}`);

export function isSealedEvidence(bytes: Uint8Array): boolean {
  return bytes.length >= MAGIC.length && MAGIC.every((b, i) => bytes[i] === b);
}

export async function sealEvidenceBytes(bytes: Uint8Array<ArrayBuffer>, evidenceId: string, part: EvidencePart): Promise<Blob> {
  const key = await bulkCipherKey();
  const iv = crypto.getRandomValues(new Uint8Array(IV_BYTES));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: contextOf(evidenceId, part) }, key, bytes);
  return new Blob([MAGIC, iv, sealed], { type: SEALED_TYPE });
}

export async function sealEvidenceBlob(blob: Blob, evidenceId: string, part: EvidencePart): Promise<Blob> {
  return sealEvidenceBytes(new Uint8Array(await blob.arrayBuffer()), evidenceId, part);
}

/** The evidence's own bytes; throws UnreadableError if they were changed at rest or belong to another item. */
export async function openEvidenceBytes(blob: Blob, evidenceId: string, part: EvidencePart): Promise<Uint8Array<ArrayBuffer>> {
  const stored = new Uint8Array(await blob.arrayBuffer());
  if (!isSealedEvidence(stored)) return stored;
  const key = await bulkCipherKey();
  const iv = stored.subarray(MAGIC.length, MAGIC.length + IV_BYTES);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv, additionalData: contextOf(evidenceId, part) }, key, stored.subarray(MAGIC.length + IV_BYTES)));
  } catch {
    throw new UnreadableError();
  }
}

export async function openEvidenceBlob(blob: Blob, evidenceId: string, part: EvidencePart, mediaType: string): Promise<Blob> {
  return new Blob([await openEvidenceBytes(blob, evidenceId, part)], { type: mediaType });
}
