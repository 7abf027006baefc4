import type { Locale } from '../../shared/domain/localized';
import { formatNumber } from '../i18n/format';

const MB = 1024 * 1024;

/**
 * Sizes in the unit the limits are written in (binary MB, as EVIDENCE_LIMITS),
 * so "25 MB" in a message is exactly the limit: `31,2 MB` in Vietnamese, `31.2 MB` in English.
 */
export function formatFileSize(bytes: number, locale: Locale): string {
  if (bytes < MB) return formatNumber(Math.max(1, Math.ceil(bytes / 1024)), locale, { style: 'unit', unit: 'kilobyte' });
  return formatNumber(bytes / MB, locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 });
}
