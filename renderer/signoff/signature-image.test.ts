import { describe, expect, it } from 'vitest';
import { SignatureImage } from '../../shared/domain/sign-off';
import { BASE_STROKE, isBlankSignature, isStorableSignature, MIN_INK_PIXELS, SIGNATURE_MAX_CHARS, strokeWidth } from './signature-image';

/** A transparent RGBA image with `inked` opaque pixels (alpha at the given value). */
function image(width: number, height: number, inked: number, alpha = 255): Pick<ImageData, 'data'> {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < inked; i++) data[i * 4 * 7 + 3] = alpha;
  return { data };
}

describe('isBlankSignature', () => {
  it('is blank for a transparent canvas and for a tap, not for a stroke', () => {
    expect(isBlankSignature(image(480, 160, 0))).toBe(true);
    expect(isBlankSignature(image(480, 160, MIN_INK_PIXELS - 1))).toBe(true);
    expect(isBlankSignature(image(480, 160, MIN_INK_PIXELS))).toBe(false);
    expect(isBlankSignature(image(480, 160, 2000))).toBe(false);
  });

  it('ignores faint anti-aliasing fringes', () => {
    expect(isBlankSignature(image(480, 160, 2000, 10))).toBe(true);
  });

  it('takes the threshold as a parameter', () => {
    expect(isBlankSignature(image(10, 10, 1), 1)).toBe(false);
  });
});

describe('isStorableSignature', () => {
  it('accepts what the sealed schema accepts', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(isStorableSignature(png)).toBe(true);
    expect(SignatureImage.safeParse(png).success).toBe(true);
    expect(isStorableSignature('data:image/jpeg;base64,AAAA')).toBe(false);
    const huge = `data:image/png;base64,${'A'.repeat(SIGNATURE_MAX_CHARS)}`;
    expect(isStorableSignature(huge)).toBe(false);
    expect(SignatureImage.safeParse(huge).success).toBe(false);
  });
});

describe('strokeWidth', () => {
  it('uses pen pressure, and the base width when the device reports none', () => {
    expect(strokeWidth('mouse', 0.5)).toBe(BASE_STROKE);
    expect(strokeWidth('mouse', 1)).toBe(BASE_STROKE);
    expect(strokeWidth('touch', 0)).toBe(BASE_STROKE);
    expect(strokeWidth('pen', 1)).toBeCloseTo(BASE_STROKE * 1.5);
    expect(strokeWidth('pen', 0.1)).toBeCloseTo(BASE_STROKE * 0.6);
    expect(strokeWidth('pen', 7)).toBeCloseTo(BASE_STROKE * 1.5);
    expect(strokeWidth('touch', 0.8)).toBeCloseTo(BASE_STROKE * 1.3);
  });
});
