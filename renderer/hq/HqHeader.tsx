import { useTranslation } from 'react-i18next';
import { LanguageButtons } from '../app/LanguageSwitch';
import { switchLocale } from '../i18n';
import { hqHash, useHqRoute, type HqRoute } from './hq-route';
import { hasRole, useHqSession, useHqUser, type HqRole } from './session-store';
import { HQ_LOCALE_KEY } from './locale-key';

const NAV: readonly { readonly name: HqRoute['name']; readonly minimum: HqRole; readonly also?: readonly HqRoute['name'][] }[] = [
  { name: 'inbox', minimum: 'reviewer', also: ['inspection'] },
  { name: 'dashboard', minimum: 'reviewer', also: ['office', 'official'] },
  { name: 'exports', minimum: 'reviewer' },
  { name: 'templates', minimum: 'admin' },
  { name: 'roster', minimum: 'admin' },
  { name: 'audit', minimum: 'admin' },
];

export function HqHeader() {
  const { t } = useTranslation();
  const user = useHqUser();
  const route = useHqRoute((s) => s.route);
  const signOut = useHqSession((s) => s.signOut);

  const chooseLocale = (locale: 'vi' | 'en') => {
    void switchLocale(locale);
    window.localStorage.setItem(HQ_LOCALE_KEY, locale);
  };

  return (
    <header className="app-header hq-header">
      <a className="brand" href={hqHash({ name: 'inbox' })}>
        <span className="brand-mark" aria-hidden="true">HQ</span>
        <span className="brand-text">
          <span className="brand-title">{t('hq.brand.title')}</span>
          <span className="brand-subtitle">{t('hq.brand.subtitle')}</span>
        </span>
      </a>
      {user !== null && (
        <nav className="workspace-nav" aria-label={t('hq.nav.label')}>
          {NAV.filter((item) => hasRole(user, item.minimum)).map((item) => {
            const current = route.name === item.name || item.also?.includes(route.name) === true;
            return (
              <a key={item.name} className="workspace-tab" href={hqHash({ name: item.name } as HqRoute)} aria-current={current ? 'page' : undefined}>
                {t(`hq.nav.${item.name}`)}
              </a>
            );
          })}
        </nav>
      )}
      <div className="header-tools">
        {user !== null && (
          <span className="hq-user">
            <span className="hq-user-name">{user.displayName}</span>
            <span className="hq-role">{t(`hq.role.${user.role}`)}</span>
          </span>
        )}
        <LanguageButtons onChoose={chooseLocale} />
        {user !== null && (
          <button type="button" className="hq-sign-out" onClick={() => void signOut()}>
            {t('hq.signOut')}
          </button>
        )}
      </div>
    </header>
  );
}
