import { useEffect, useState } from 'react';
import { openEvidenceBlob, type EvidencePart } from '../db/at-rest/evidence-bytes';
import type { EvidenceItem } from './evidence-item';

export type OpenedEvidence = { state: 'opening' } | { state: 'open'; blob: Blob } | { state: 'unreadable' };

/** The clear bytes of a stored photo or its preview, opened from their sealed form (docs/0012-data-at-rest.md). */
export function useOpenedEvidence(item: EvidenceItem, part: EvidencePart): OpenedEvidence {
  const [opened, setOpened] = useState<{ from: Blob; result: OpenedEvidence } | null>(null);
  const sealed = part === 'blob' ? item.blob : item.thumbnail;
  const mediaType = part === 'blob' ? item.mediaType : 'image/jpeg';
  useEffect(() => {
    if (sealed === null) return;
    let live = true;
    openEvidenceBlob(sealed, item.id, part, mediaType).then(
      (blob) => live && setOpened({ from: sealed, result: { state: 'open', blob } }),
      () => live && setOpened({ from: sealed, result: { state: 'unreadable' } }),
    );
    return () => {
      live = false;
    };
  }, [sealed, item.id, part, mediaType]);
  // A result for an earlier blob is stale: the new one is still opening.
  return opened !== null && opened.from === sealed ? opened.result : { state: 'opening' };
}
