import { useTranslation } from 'react-i18next';
import { useUiStore } from './ui-store';
import { LanguageSwitch } from './LanguageSwitch';
import { StorageBadge } from './StorageBadge';
import { SyncIndicator } from '../sync/ui/SyncIndicator';
import { lockVault } from './lock/vault-session';

export function AppHeader() {
  const { t } = useTranslation();
  const navigate = useUiStore((s) => s.navigate);
  const route = useUiStore((s) => s.route);
  const training = route.name === 'training';
  const workspace = training ? 'training' : route.name === 'sync' ? 'sync' : 'field';
  return (
    // The header takes the training colour in the training workspace (training.css).
    <header className={training ? 'app-header training' : 'app-header'}>
      <button type="button" className="brand" onClick={() => navigate({ name: 'list' })}>
        <span className="brand-mark" aria-hidden="true">BHXH</span>
        <span className="brand-text">
          <span className="brand-title">{t('app.title')}</span>
          <span className="brand-subtitle">{training ? t('training.banner.mark') : t('app.subtitle')}</span>
        </span>
      </button>
      <nav className="workspace-nav" aria-label={t('app.workspaces')}>
        <a className="workspace-tab" href="#/" aria-current={workspace === 'field' ? 'page' : undefined}>{t('app.workspace.field')}</a>
        <a className="workspace-tab" href="#/sync" aria-current={workspace === 'sync' ? 'page' : undefined}>{t('sync.nav')}</a>
        <a className="workspace-tab" href="#/training" aria-current={training ? 'page' : undefined}>{t('training.nav.workspace')}</a>
      </nav>
      <div className="header-tools">
        {/* The field's sync state; beside a rehearsal it would suggest the rehearsal syncs. */}
        {!training && <SyncIndicator />}
        <StorageBadge />
        <LanguageSwitch />
        <button type="button" className="header-lock" aria-label={t('lock.header.lockLabel')} onClick={() => lockVault('manual')}>
          {t('lock.header.lock')}
        </button>
      </div>
    </header>
  );
}
