import type { TFunction } from 'i18next';
import type { Locale } from '../../shared/domain/localized';

/**
 * The language the record is printed in, fixed by the caller: Vietnamese is the
 * language of record even when the app's UI is in English.
 */
export interface ReportText {
  readonly t: TFunction;
  readonly locale: Locale;
}
