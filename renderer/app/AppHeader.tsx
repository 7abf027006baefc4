import { useTranslation } from 'react-i18next';
import { useUiStore } from './ui-store';
import { LanguageSwitch } from './LanguageSwitch';
import { StorageBadge } from './StorageBadge';
import { SyncIndicator } from '../sync/ui/SyncIndicator';

export function AppHeader() {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const route = useUiStore((s) => s.route);
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
        <a className="workspace-tab" href="#/" aria-current={route.name === 'sync' ? undefined : 'page'}>{t('app.workspace.field')}</a>
        <a className="workspace-tab" href="#/sync" aria-current={route.name === 'sync' ? 'page' : undefined}>{t('sync.nav')}</a>
      </nav>
      <div className="header-tools">
        <SyncIndicator />
        <StorageBadge />
        <LanguageSwitch />
      </div>
    </header>
  );
}
