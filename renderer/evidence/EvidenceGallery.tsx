import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceTile } from './EvidenceTile';
import { EvidenceViewer } from './EvidenceViewer';
import type { EvidenceItem } from './evidence-item';
import './evidence.css';

export type { EvidenceItem } from './evidence-item';

interface Props {
  items: readonly EvidenceItem[];
  onRemove?: (id: string) => void;
  readOnly?: boolean;
}

/** The evidence attached to one finding, as a grid of tiles; photos and PDFs open in a dialog. */
export function EvidenceGallery({ items, onRemove, readOnly = false }: Props) {
  const { t } = useTranslation();
  const [viewing, setViewing] = useState<EvidenceItem | null>(null);
  const remove = readOnly ? undefined : onRemove;

  if (items.length === 0) return <p className="evidence-empty muted">{t('evidence.gallery.empty')}</p>;
  return (
    <>
      <ul className="evidence-gallery" aria-label={t('evidence.gallery.label')}>
        {items.map((item) => (
          <EvidenceTile key={item.id} item={item} onView={setViewing} onRemove={remove} />
        ))}
      </ul>
      {viewing && <EvidenceViewer item={viewing} onClose={() => setViewing(null)} />}
    </>
  );
}
