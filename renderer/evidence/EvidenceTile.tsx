import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime } from '../i18n/format';
import { BlobImage } from './BlobImage';
import { formatFileSize } from './file-size';
import type { EvidenceItem } from './evidence-item';
import { useOpenedEvidence } from './use-opened-evidence';

interface Props {
  item: EvidenceItem;
  onView: (item: EvidenceItem) => void;
  /** Absent: the item cannot be removed (read-only gallery). */
  onRemove?: (id: string) => void;
}

function Preview({ item }: { item: EvidenceItem }) {
  const thumbnail = useOpenedEvidence(item, 'thumbnail');
  if (item.thumbnail !== null && thumbnail.state === 'open') return <BlobImage blob={thumbnail.blob} alt="" className="evidence-thumb" />;
  return <span className={`evidence-icon evidence-icon-${item.kind}`} />;
}

/** One photo or document: preview, facts, and actions. Removal asks once more, since it cannot be undone. */
export function EvidenceTile({ item, onView, onRemove }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [confirming, setConfirming] = useState(false);
  const nameId = `evidence-name-${item.id}`;

  return (
    <li className="evidence-tile" aria-labelledby={nameId}>
      <div className="evidence-preview" aria-hidden="true">
        <Preview item={item} />
      </div>
      <p id={nameId} className="evidence-name" title={item.name}>{item.name}</p>
      <p className="evidence-facts muted">
        <span>{item.kind === 'photo' ? t('evidence.gallery.photo') : t('evidence.gallery.document')}</span>
        {' · '}
        <span>{formatFileSize(item.size, locale)}</span>
      </p>
      <p className="evidence-facts muted">{t('evidence.gallery.takenAt', { time: formatDateTime(item.takenAt, locale) })}</p>
      <p className="evidence-facts evidence-hash" title={item.sha256}>
        {t('evidence.gallery.hash', { hash: `${item.sha256.slice(0, 8)}…` })}
      </p>
      {confirming && onRemove ? (
        <div
          className="evidence-confirm"
          role="group"
          aria-label={t('evidence.gallery.confirmRemove', { name: item.name })}
          onKeyDown={(event) => event.key === 'Escape' && setConfirming(false)}
        >
          <p>{t('evidence.gallery.confirmRemove', { name: item.name })}</p>
          <button type="button" className="danger" onClick={() => onRemove(item.id)}>
            {t('evidence.gallery.confirm')}
          </button>
          {/* Keeping the file is the safe default, so focus lands there. */}
          <button type="button" autoFocus onClick={() => setConfirming(false)}>
            {t('evidence.gallery.cancel')}
          </button>
        </div>
      ) : (
        <div className="evidence-actions">
          <button type="button" aria-label={t('evidence.gallery.viewLabel', { name: item.name })} onClick={() => onView(item)}>
            {t('evidence.gallery.view')}
          </button>
          {onRemove && (
            <button type="button" className="link danger" aria-label={t('evidence.gallery.removeLabel', { name: item.name })} onClick={() => setConfirming(true)}>
              {t('evidence.gallery.remove')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
