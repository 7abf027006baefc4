/**
 * Pure rules for the signature image: what counts as blank, how wide a stroke
 * is, and the limits the sealed record puts on the PNG (shared/domain/sign-off.ts).
 */

/** Same limits as `SignatureImage` in shared/domain/sign-off.ts: a PNG data URL, inline in the sealed record. */
export const SIGNATURE_MAX_CHARS = 400_000;
export const SIGNATURE_DATA_URL = /^data:image\/png;base64,[A-Za-z0-9+/]+=*$/;

/** Pixels at least this opaque count as ink; faint anti-aliasing fringes do not. */
const INK_ALPHA = 32;
/** Fewer inked pixels than this is a tap or a slip of the pen, not a signature. */
export const MIN_INK_PIXELS = 40;

/** True when the canvas holds no signature: (almost) every pixel is transparent. */
export function isBlankSignature(image: Pick<ImageData, 'data'>, minInkPixels = MIN_INK_PIXELS): boolean {
  const { data } = image;
  let ink = 0;
  for (let alpha = 3; alpha < data.length; alpha += 4) {
    if ((data[alpha] ?? 0) >= INK_ALPHA && ++ink >= minInkPixels) return false;
  }
  return true;
}

export function isStorableSignature(dataUrl: string): boolean {
  return dataUrl.length <= SIGNATURE_MAX_CHARS && SIGNATURE_DATA_URL.test(dataUrl);
}

/** Scales tried in turn when a PNG is too large; the last one always fits (a few kB at most). */
export const DOWNSCALE_STEPS = [1, 0.75, 0.5, 0.35, 0.25] as const;

/** Base stroke width in CSS pixels: reads like a ballpoint at the pad's size. */
export const BASE_STROKE = 2.4;

/**
 * Line width for a pointer sample. Pens report real pressure; mice and most
 * touch screens report 0.5 while pressed (Pointer Events spec) or 0, which gives
 * the base width, so only real pressure changes the line.
 */
export function strokeWidth(pointerType: string, pressure: number): number {
  const hasPressure = pointerType === 'pen' || (pointerType === 'touch' && pressure > 0 && pressure !== 0.5 && pressure !== 1);
  const p = hasPressure ? Math.min(1, Math.max(0, pressure)) : 0.5;
  return BASE_STROKE * (0.5 + p);
}
