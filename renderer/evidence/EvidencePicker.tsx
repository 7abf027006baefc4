import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvidenceMediaType } from '../../shared/domain/evidence';
import type { Locale } from '../../shared/domain/localized';
import { CameraDialog } from './CameraDialog';
import { evidenceErrorText, type FileFailure } from './evidence-error';
import { prepareMany, type ExistingEvidence, type PreparedEvidence } from './prepare-evidence';
import { useCameraAvailable } from './use-camera-available';
import './evidence.css';

interface Props {
  existing: ExistingEvidence;
  disabled?: boolean;
  onPrepared: (items: PreparedEvidence[]) => Promise<void>;
}

/** The file dialog offers only what checkEvidenceFile accepts, so HEIC and videos are not even shown. */
const ACCEPT = EvidenceMediaType.options.join(',');

type Progress = { done: number; total: number } | null;

/** Add photos and documents to a finding: from files or the camera, checked and hashed before they reach the caller. */
export function EvidencePicker({ existing, disabled = false, onPrepared }: Props) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const inputRef = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<Progress>(null);
  const [failures, setFailures] = useState<FileFailure[]>([]);
  const [saveFailed, setSaveFailed] = useState(false);
  const [cameraOpen, setCameraOpen] = useState(false);
  const hasCamera = useCameraAvailable();
  const busy = progress !== null;

  const addFiles = async (files: File[]) => {
    if (files.length === 0) return;
    setFailures([]);
    setSaveFailed(false);
    setProgress({ done: 0, total: files.length });
    try {
      const outcomes = await prepareMany(files, existing, (done, total) => setProgress({ done, total }));
      setFailures(outcomes.flatMap(({ file, result }) => (result.ok ? [] : [{ name: file.name, size: file.size, error: result.error }])));
      const prepared = outcomes.flatMap(({ result }) => (result.ok ? [result.value] : []));
      if (prepared.length > 0) await onPrepared(prepared);
    } catch {
      // The caller's write failed; the user still has the files and can pick them again.
      setSaveFailed(true);
    } finally {
      setProgress(null);
    }
  };

  return (
    <div className="evidence-picker">
      <div className="evidence-picker-actions">
        <button type="button" disabled={disabled || busy} onClick={() => inputRef.current?.click()}>
          {t('evidence.add')}
        </button>
        {hasCamera && (
          <button type="button" disabled={disabled} onClick={() => setCameraOpen(true)}>
            {t('evidence.takePhoto')}
          </button>
        )}
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={ACCEPT}
          hidden
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so that picking the same file again (after fixing it) fires change again.
            event.target.value = '';
            void addFiles(files);
          }}
        />
      </div>
      {/* Always rendered so screen readers already watch the region when progress starts. */}
      <p className="evidence-progress" role="status">
        {progress && t('evidence.progress', { current: Math.min(progress.done + 1, progress.total), total: progress.total })}
      </p>
      {(failures.length > 0 || saveFailed) && (
        <div className="evidence-failures" role="alert">
          {saveFailed && <p>{t('evidence.saveFailed')}</p>}
          {failures.length > 0 && (
            <>
              <p>{t('evidence.failedTitle')}</p>
              <ul>
                {failures.map((failure, index) => (
                  <li key={`${String(index)}-${failure.name}`}>{evidenceErrorText(t, locale, failure)}</li>
                ))}
              </ul>
            </>
          )}
          <button type="button" className="link" onClick={() => { setFailures([]); setSaveFailed(false); }}>
            {t('evidence.dismiss')}
          </button>
        </div>
      )}
      {cameraOpen && <CameraDialog busy={busy} onCapture={(file) => void addFiles([file])} onClose={() => setCameraOpen(false)} />}
    </div>
  );
}
