import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../../shared/domain/localized';
import { switchLocale } from '../i18n';
import { fieldDatabase } from '../db';
import { writeSetting } from '../db/repositories/settings';
import { RepositoryError } from '../db/repositories/repository-error';
import { LOCALE_SETTING } from './lock/vault-session';
import { rememberLocale } from './lock/remembered-locale';
import { useUiStore } from './ui-store';

export function LanguageSwitch() {
  const reportWriteError = useUiStore((s) => s.reportWriteError);

  const choose = async (locale: Locale) => {
    await switchLocale(locale);
    rememberLocale(locale);
    try {
      // The language is the device's, not the workspace's: boot reads it from the field database, so it is kept there even from training.
      await writeSetting(fieldDatabase(), LOCALE_SETTING, locale);
    } catch (error) {
      reportWriteError(error instanceof RepositoryError ? error.code : 'write_failed');
    }
  };

  return <LanguageButtons onChoose={(locale) => void choose(locale)} />;
}

/** The vi/en switch itself; the caller decides where the choice is remembered. */
export function LanguageButtons({ onChoose }: { onChoose: (locale: Locale) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={i18n.language === locale}
          onClick={() => onChoose(locale)}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
}
