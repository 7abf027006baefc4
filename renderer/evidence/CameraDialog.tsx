import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { captureFrame, openCamera, stopStream } from './camera-capture';
import './evidence.css';

type CameraState = 'starting' | 'live' | 'denied' | 'unavailable';

interface Props {
  /** True while earlier captures are still being prepared; capturing waits. */
  busy: boolean;
  onCapture: (file: File) => void;
  onClose: () => void;
}

/** A modal camera preview. The native <dialog> traps focus, closes on Escape and gives focus back. */
export function CameraDialog({ busy, onCapture, onClose }: Props) {
  const { t } = useTranslation();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const videoRef = useRef<HTMLVideoElement>(null);
  const [state, setState] = useState<CameraState>('starting');
  const [taken, setTaken] = useState(0);

  useEffect(() => {
    const dialog = dialogRef.current;
    dialog?.showModal();
    let stream: MediaStream | null = null;
    let closed = false;
    openCamera().then(
      (opened) => {
        // Closed before the user answered the prompt: release the camera at once.
        if (closed) return stopStream(opened);
        stream = opened;
        if (videoRef.current) videoRef.current.srcObject = opened;
        setState('live');
      },
      (error: unknown) => !closed && setState(error instanceof DOMException && error.name === 'NotAllowedError' ? 'denied' : 'unavailable'),
    );
    return () => {
      closed = true;
      // Stopping the tracks turns the camera light off; dropping the stream alone does not.
      stopStream(stream);
      dialog?.close();
    };
  }, []);

  const capture = async () => {
    const video = videoRef.current;
    const file = video === null ? null : await captureFrame(video, new Date());
    if (file === null) return;
    setTaken((count) => count + 1);
    onCapture(file);
  };

  // In development StrictMode closes and reopens the dialog at once; the close event it queued is stale.
  const closeIfShut = () => dialogRef.current?.open !== true && onClose();

  return (
    <dialog ref={dialogRef} className="evidence-dialog camera-dialog" aria-labelledby="camera-title" onClose={closeIfShut}>
      <h2 id="camera-title">{t('evidence.camera.title')}</h2>
      <video ref={videoRef} className="camera-preview" autoPlay muted playsInline aria-label={t('evidence.camera.preview')} />
      <p className="camera-state" role="status">
        {state === 'starting' && t('evidence.camera.starting')}
        {state === 'live' && taken > 0 && t('evidence.camera.taken', { count: taken })}
      </p>
      {(state === 'denied' || state === 'unavailable') && (
        <p className="evidence-error-text" role="alert">
          {state === 'denied' ? t('evidence.camera.denied') : t('evidence.camera.unavailable')}
        </p>
      )}
      <div className="dialog-actions">
        <button type="button" className="primary" disabled={state !== 'live' || busy} onClick={() => void capture()}>
          {t('evidence.camera.capture')}
        </button>
        <button type="button" onClick={() => dialogRef.current?.close()}>
          {t('evidence.camera.close')}
        </button>
      </div>
    </dialog>
  );
}
