import { useEffect, useId, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { strokeWidth } from './signature-image';
import {
  clearPad, drawDot, drawStrokeTail, drawTypedName, exportSignature, PAD_HEIGHT, PAD_WIDTH, paintImage, preparePad, type StrokePoint,
} from './signature-canvas';
import './signature-pad.css';

export interface SignaturePadProps {
  label: string;
  /** PNG data URL, or null when unsigned. */
  value: string | null;
  /** Called at the end of each stroke and on each typed-name change; null when cleared or blank. */
  onChange: (png: string | null) => void;
  disabled?: boolean;
}

/** A signature by hand (mouse, pen, touch) or, for keyboard and screen-reader users, by typing a name. */
export function SignaturePad(props: SignaturePadProps) {
  if (props.disabled === true && props.value !== null) {
    return (
      <figure className="signature-pad signature-pad-readonly">
        <figcaption className="signature-pad-label">{props.label}</figcaption>
        <img src={props.value} alt={props.label} />
      </figure>
    );
  }
  return <DrawingPad {...props} />;
}

function DrawingPad({ label, value, onChange, disabled = false }: SignaturePadProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typing, setTyping] = useState(false);
  const [typedName, setTypedName] = useState('');
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const stroke = useRef<{ points: StrokePoint[]; rect: DOMRect } | null>(null);
  // The last PNG this pad emitted: a `value` equal to it is our own echo, not a new signature to paint.
  const emitted = useRef<string | null>(null);

  useEffect(() => {
    // Sized once: a later devicePixelRatio change (another monitor) only softens the strokes.
    if (canvasRef.current) preparePad(canvasRef.current, window.devicePixelRatio);
  }, []);

  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || value === emitted.current) return;
    emitted.current = value;
    clearPad(canvas);
    if (value !== null) paintImage(canvas, value);
  }, [value]);

  const emit = () => {
    const png = canvasRef.current ? exportSignature(canvasRef.current) : null;
    if (png === emitted.current) return;
    emitted.current = png;
    onChange(png);
  };

  const reset = () => {
    if (canvasRef.current) clearPad(canvasRef.current);
    setTypedName('');
    emit();
  };

  const pointAt = (event: PointerEvent, rect: DOMRect): StrokePoint => ({
    x: ((event.clientX - rect.left) * PAD_WIDTH) / rect.width,
    y: ((event.clientY - rect.top) * PAD_HEIGHT) / rect.height,
    width: strokeWidth(event.pointerType, event.pressure),
  });

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (disabled || typing || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    // Capture keeps the stroke ours when the pen leaves the box mid-signature.
    event.currentTarget.setPointerCapture(event.pointerId);
    const rect = event.currentTarget.getBoundingClientRect();
    const first = pointAt(event.nativeEvent, rect);
    stroke.current = { points: [first], rect };
    drawDot(event.currentTarget, first);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const current = stroke.current;
    if (!current) return;
    // Coalesced samples: the pointer moved several times between frames; drawing them all keeps curves round.
    const coalesced = event.nativeEvent.getCoalescedEvents();
    for (const sample of coalesced.length > 0 ? coalesced : [event.nativeEvent]) {
      current.points.push(pointAt(sample, current.rect));
      drawStrokeTail(event.currentTarget, current.points);
    }
  };

  const endStroke = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const current = stroke.current;
    if (!current) return;
    stroke.current = null;
    drawStrokeTail(event.currentTarget, current.points, true);
    emit();
  };

  const toggleTyping = () => {
    setTyping(!typing);
    reset();
  };

  const onTypedName = (name: string) => {
    setTypedName(name);
    if (canvasRef.current) drawTypedName(canvasRef.current, name);
    emit();
  };

  return (
    <div className="signature-pad" role="group" aria-labelledby={`${id}-label`}>
      <div className="signature-pad-head">
        <span id={`${id}-label`} className="signature-pad-label">{label}</span>
        <span className={`signature-pad-status${value !== null ? ' signed' : ''}`} role="status">
          {value !== null ? t('report.signaturePad.signed') : t('report.signaturePad.empty')}
        </span>
      </div>
      <div className={`signature-pad-surface${disabled ? ' disabled' : ''}`}>
        <canvas
          ref={canvasRef}
          role="img"
          aria-label={label}
          aria-describedby={`${id}-help`}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={endStroke}
          onPointerCancel={endStroke}
          onLostPointerCapture={endStroke}
        />
      </div>
      {typing && (
        <label className="signature-pad-typed">
          <span>{t('report.signaturePad.typedName')}</span>
          {/* Opened by the user's own click on "sign by typing", so focusing the field is expected. */}
          <input type="text" value={typedName} disabled={disabled} autoComplete="off" maxLength={120} autoFocus onChange={(event) => onTypedName(event.target.value)} />
        </label>
      )}
      <div className="signature-pad-actions">
        <button type="button" aria-pressed={typing} disabled={disabled} onClick={toggleTyping}>{t('report.signaturePad.typeMode')}</button>
        <button type="button" disabled={disabled} onClick={reset}>{t('report.signaturePad.clear')}</button>
      </div>
      <p id={`${id}-help`} className="signature-pad-help">{t('report.signaturePad.instructions')}</p>
    </div>
  );
}
