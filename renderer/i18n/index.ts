import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/domain/localized';
import { enText, viText } from './resources';

export const DEFAULT_LOCALE: Locale = 'vi';
export const resources = { vi: { translation: viText }, en: { translation: enText } } as const;

/** Vietnamese first; English is a switch the user makes and we remember. */
export async function initI18n(locale: Locale = DEFAULT_LOCALE): Promise<i18n> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: locale,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = locale;
  return i18next;
}

export async function switchLocale(locale: Locale): Promise<void> {
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
