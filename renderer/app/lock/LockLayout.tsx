import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/localized';
import { switchLocale } from '../../i18n';
import { LanguageButtons } from '../LanguageSwitch';
import { rememberLocale } from './remembered-locale';
import './lock.css';

const chooseLocale = (locale: Locale) => {
  rememberLocale(locale);
  void switchLocale(locale);
};

/** The frame of every screen before unlock: brand, language switch, one card. */
export function LockLayout({ titleId, children }: { titleId: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="lock-page">
      <header className="lock-top">
        <span className="brand-mark" aria-hidden="true">BHXH</span>
        <span className="lock-brand">{t('lock.brand')}</span>
        <LanguageButtons onChoose={chooseLocale} />
      </header>
      <main className="lock-card" aria-labelledby={titleId}>
        {children}
      </main>
    </div>
  );
}

/** A password input with its label, hint and error, wired for screen readers. */
export function PassphraseField({ id, label, hint, error, autoComplete, autoFocus, inputProps }: {
  id: string;
  label: string;
  hint?: string;
  error: string | undefined;
  autoComplete: 'new-password' | 'current-password' | 'off';
  autoFocus?: boolean;
  inputProps: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  const describedBy = [hint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="password" autoComplete={autoComplete} autoFocus={autoFocus} spellCheck={false}
        aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...inputProps} />
      {hint && <small id={`${id}-hint`} className="muted">{hint}</small>}
      <span id={`${id}-error`} className="field-error" role={error ? 'alert' : undefined}>{error ? t(error) : ''}</span>
    </div>
  );
}
