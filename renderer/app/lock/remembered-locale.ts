import { Locale } from '../../../shared/domain/localized';

/**
 * The language for the lock screen, before the field database can be opened.
 * The field database's setting stays the source of truth after unlock.
 */
const KEY = 'inspection-kit.locale';

export function rememberedLocale(): Locale | undefined {
  try {
    return Locale.safeParse(localStorage.getItem(KEY)).data;
  } catch {
    return undefined;
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(KEY, locale);
  } catch {
    // Storage full or disabled: the lock screen shows Vietnamese, the default.
  }
}
