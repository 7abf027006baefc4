import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../host';
import { BlobImage } from './BlobImage';
import type { EvidenceItem } from './evidence-item';
import { savableName } from './savable-name';
import { openEvidenceBytes } from '../db/at-rest/evidence-bytes';
import { useOpenedEvidence } from './use-opened-evidence';
import './evidence.css';

interface Props {
  item: EvidenceItem;
  onClose: () => void;
}

type SaveState = { kind: 'idle' } | { kind: 'saved'; path: string } | { kind: 'failed'; code: string };

/**
 * Photos are shown here; PDFs cannot be (no navigation to blob: URLs, no plugin
 * in the sandbox), so they are saved through the host for a real PDF reader.
 */
export function EvidenceViewer({ item, onClose }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const opened = useOpenedEvidence(item, 'blob');

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    // showModal focuses the first button (Save); Close is the expected, harmless default.
    closeRef.current?.focus();
    return () => dialog?.close();
  }, []);

  const saveFile = async () => {
    const bytes = await openEvidenceBytes(item.blob, item.id, 'blob').catch(() => null);
    if (bytes === null) return setSave({ kind: 'failed', code: 'io_failed' });
    const result = await bridge.saveFile({ suggestedName: savableName(item.name), mediaType: item.mediaType, bytes });
    if (result.ok) setSave({ kind: 'saved', path: result.value.savedAs });
    else if (result.error.code !== 'cancelled') setSave({ kind: 'failed', code: result.error.code });
  };

  // See CameraDialog: a stale close event from a StrictMode remount must not close the new dialog.
  const closeIfShut = () => dialogRef.current?.open !== true && onClose();

  return (
    <dialog ref={dialogRef} className="evidence-dialog evidence-viewer" aria-labelledby="evidence-viewer-title" onClose={closeIfShut}>
      <h2 id="evidence-viewer-title" className="evidence-viewer-title">{item.name}</h2>
      {opened.state === 'unreadable' ? (
        <p role="alert" className="evidence-error-text">{t('evidence.viewer.unreadable')}</p>
      ) : item.kind === 'photo' ? (
        opened.state === 'open' && <BlobImage blob={opened.blob} alt={item.name} className="evidence-full" />
      ) : (
        <p>{t('evidence.viewer.noPreview')}</p>
      )}
      <p role="status" className="evidence-save-state">
        {save.kind === 'saved' && t('evidence.viewer.saved', { path: save.path })}
      </p>
      {save.kind === 'failed' && <p role="alert" className="evidence-error-text">{t('evidence.viewer.saveError', { code: save.code })}</p>}
      <div className="dialog-actions">
        <button type="button" onClick={() => void saveFile()}>{t('evidence.viewer.save')}</button>
        <button ref={closeRef} type="button" className="primary" onClick={() => dialogRef.current?.close()}>
          {t('evidence.viewer.close')}
        </button>
      </div>
    </dialog>
  );
}
