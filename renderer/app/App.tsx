import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useUiStore } from './ui-store';
import { AppHeader } from './AppHeader';
import { WriteErrorBanner } from './WriteErrorBanner';
import { InspectionList } from '../field/InspectionList';
import { NewInspectionForm } from '../field/NewInspectionForm';
import { InspectionWorkspace } from '../inspection/InspectionWorkspace';
import { SyncPage } from '../sync/ui/SyncPage';
import { TrainingWorkspace } from '../training/TrainingWorkspace';

export function App() {
  const { t } = useTranslation();
  const route = useUiStore((s) => s.route);
  const syncFromLocation = useUiStore((s) => s.syncFromLocation);

  useEffect(() => {
    window.addEventListener('hashchange', syncFromLocation);
    return () => window.removeEventListener('hashchange', syncFromLocation);
  }, [syncFromLocation]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <AppHeader />
      <WriteErrorBanner />
      <main id="main" className="app-main" tabIndex={-1}>
        {route.name === 'list' && <InspectionList />}
        {route.name === 'new' && <NewInspectionForm />}
        {route.name === 'sync' && <SyncPage />}
        {route.name === 'training' && <TrainingWorkspace page={route.page} />}
        {route.name === 'inspection' && <InspectionWorkspace key={route.id} inspectionId={route.id} tab={route.tab ?? 'checklist'} findingId={route.findingId} />}
      </main>
    </div>
  );
}
