import type { LocalizedText } from '../../domain/localized';
import type { ResponseSpec } from '../schema';

/** Shorthands for the response specs the templates use. */
export const YES_NO: ResponseSpec = { type: 'yes_no_na' };
export const TIME: ResponseSpec = { type: 'time' };

export function text(maxLength: number): ResponseSpec {
  return { type: 'text', maxLength };
}

/** A whole-number count, e.g. overdue dossiers. */
export function count(unit: LocalizedText, max: number): ResponseSpec {
  return { type: 'number', unit, min: 0, max, integer: true };
}

/** A 1–5 score; scores below `passAtLeast` fail the item. */
export function scale5(passAtLeast: number, lowLabel: LocalizedText, highLabel: LocalizedText): ResponseSpec {
  return { type: 'scale', min: 1, max: 5, passAtLeast, lowLabel, highLabel };
}

/** Items resting on Decree 118/2025/NĐ-CP apply from the day it took effect. */
export const ONE_STOP_RULES_FROM = '2025-07-01';
