import type { EvidenceKind } from '../../shared/domain/evidence';

/** One stored piece of evidence as the gallery shows it: its record plus its bytes. */
export interface EvidenceItem {
  id: string;
  name: string;
  kind: EvidenceKind;
  mediaType: string;
  size: number;
  sha256: string;
  takenAt: string;
  thumbnail: Blob | null;
  blob: Blob;
}
