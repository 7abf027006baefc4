import { useTranslation } from 'react-i18next';
import { useUiStore } from './ui-store';
import { LanguageSwitch } from './LanguageSwitch';
import { StorageBadge } from './StorageBadge';

export function AppHeader() {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  return (
    <header className="app-header">
      <button type="button" className="brand" onClick={() => navigate({ name: 'list' })}>
        <span className="brand-mark" aria-hidden="true">BHXH</span>
        <span className="brand-text">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{t('app.subtitle')}</span>
        </span>
      </button>
      <nav className="workspace-nav" aria-label={t('app.workspaces')}>
        <span className="workspace-tab" aria-current="page">{t('app.workspace.field')}</span>
      </nav>
      <div className="header-tools">
        <StorageBadge />
        <LanguageSwitch />
      </div>
    </header>
  );
}
