import { DOWNSCALE_STEPS, isBlankSignature, isStorableSignature } from './signature-image';

/** The pad's drawing space in CSS pixels; the backing store is this times devicePixelRatio. */
export const PAD_WIDTH = 480;
export const PAD_HEIGHT = 160;
const INK = '#1b2a5e';
/** Handwriting fonts where the system has them, then italic serifs that carry Vietnamese diacritics. */
const SCRIPT_FONTS = '"Segoe Script", "Lucida Handwriting", "URW Chancery L", "Noto Serif", "Liberation Serif", "Times New Roman", serif';

export interface StrokePoint {
  readonly x: number;
  readonly y: number;
  readonly width: number;
}

/** Sizes the backing store for the screen's density, so strokes stay sharp on HiDPI displays. */
export function preparePad(canvas: HTMLCanvasElement, pixelRatio: number): void {
  const ratio = Math.min(3, Math.max(1, pixelRatio));
  canvas.width = Math.round(PAD_WIDTH * ratio);
  canvas.height = Math.round(PAD_HEIGHT * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  ctx.lineCap = 'round';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = INK;
  ctx.fillStyle = INK;
}

export function clearPad(canvas: HTMLCanvasElement): void {
  canvas.getContext('2d')?.clearRect(0, 0, PAD_WIDTH, PAD_HEIGHT);
}

/** A dot where the stroke starts, so a short tap still leaves a mark. */
export function drawDot(canvas: HTMLCanvasElement, point: StrokePoint): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.beginPath();
  ctx.arc(point.x, point.y, point.width / 2, 0, Math.PI * 2);
  ctx.fill();
}

const mid = (a: StrokePoint, b: StrokePoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * Draws the newest piece of a stroke as a quadratic curve between midpoints,
 * with the middle sample as control point: smooth curves, no corners at samples.
 * With `end`, finishes the stroke at its last sample.
 */
export function drawStrokeTail(canvas: HTMLCanvasElement, points: readonly StrokePoint[], end = false): void {
  const ctx = canvas.getContext('2d');
  const [a, b, c] = points.slice(-3);
  if (!ctx || !a || !b) return;
  ctx.beginPath();
  if (c === undefined || end) {
    const last = c ?? b;
    const from = c === undefined ? a : mid(b, c);
    ctx.moveTo(from.x, from.y);
    ctx.lineTo(last.x, last.y);
    ctx.lineWidth = last.width;
  } else {
    const from = mid(a, b);
    const to = mid(b, c);
    ctx.moveTo(from.x, from.y);
    ctx.quadraticCurveTo(b.x, b.y, to.x, to.y);
    ctx.lineWidth = (a.width + b.width + c.width) / 3;
  }
  ctx.stroke();
}

/** The typed-name signature: the name in an italic script face, as large as fits the pad. */
export function drawTypedName(canvas: HTMLCanvasElement, name: string): void {
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  clearPad(canvas);
  const text = name.trim();
  if (text === '') return;
  let size = 60;
  do {
    ctx.font = `italic ${String(size)}px ${SCRIPT_FONTS}`;
    size -= 2;
  } while (size > 12 && ctx.measureText(text).width > PAD_WIDTH - 32);
  ctx.textAlign = 'center';
  // On the pad's dashed line (signature-pad.css, 24% from the bottom), as a hand would write it.
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, PAD_WIDTH / 2, PAD_HEIGHT * 0.74);
}

/** Draws a stored signature back onto the pad, e.g. when a signed record is reopened. */
export function paintImage(canvas: HTMLCanvasElement, dataUrl: string): void {
  const image = new Image();
  image.onload = () => {
    clearPad(canvas);
    canvas.getContext('2d')?.drawImage(image, 0, 0, PAD_WIDTH, PAD_HEIGHT);
  };
  image.src = dataUrl;
}

/** The pad as a PNG data URL small enough to seal inline, or null when nothing is signed. */
export function exportSignature(canvas: HTMLCanvasElement): string | null {
  const ctx = canvas.getContext('2d');
  if (!ctx || isBlankSignature(ctx.getImageData(0, 0, canvas.width, canvas.height))) return null;
  for (const scale of DOWNSCALE_STEPS) {
    const png = scale === 1 ? canvas.toDataURL('image/png') : scaled(canvas, scale).toDataURL('image/png');
    if (isStorableSignature(png)) return png;
  }
  return null;
}

function scaled(canvas: HTMLCanvasElement, scale: number): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = Math.max(1, Math.round(canvas.width * scale));
  copy.height = Math.max(1, Math.round(canvas.height * scale));
  copy.getContext('2d')?.drawImage(canvas, 0, 0, copy.width, copy.height);
  return copy;
}
