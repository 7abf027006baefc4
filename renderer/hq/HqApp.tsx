import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HqHeader } from './HqHeader';
import { SignInPage } from './SignInPage';
import { InboxPage } from './InboxPage';
import { InspectionPage } from './InspectionPage';
import { AuditPage } from './AuditPage';
import { DashboardPage, ExportsPage, OfficePage, OfficialPage, RosterPage, TemplatesPage } from './insights';
import { useHqRoute, type HqRoute } from './hq-route';
import { useHqSession } from './session-store';

function page(route: HqRoute): ReactNode {
  switch (route.name) {
    case 'inbox':
      return <InboxPage />;
    case 'inspection':
      return <InspectionPage key={route.id} id={route.id} />;
    case 'office':
      return <OfficePage key={route.code} code={route.code} />;
    case 'official':
      return <OfficialPage key={route.id} id={route.id} />;
    case 'dashboard':
      return <DashboardPage />;
    case 'exports':
      return <ExportsPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'roster':
      return <RosterPage />;
    case 'audit':
      return <AuditPage />;
  }
}

/** The HQ review workspace: sign-in, then the inbox and everything reached from it. */
export function HqApp() {
  const { t } = useTranslation();
  const session = useHqSession((s) => s.session);
  const check = useHqSession((s) => s.check);
  const route = useHqRoute((s) => s.route);
  const syncFromLocation = useHqRoute((s) => s.syncFromLocation);

  useEffect(() => {
    window.addEventListener('hashchange', syncFromLocation);
    return () => window.removeEventListener('hashchange', syncFromLocation);
  }, [syncFromLocation]);

  useEffect(() => {
    check().catch(() => useHqSession.setState({ session: { status: 'signed_out', expired: false } }));
  }, [check]);

  return (
    <div className="app hq-app">
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <HqHeader />
      <main id="main" className="app-main" tabIndex={-1}>
        {session.status === 'checking' && <p className="muted">{t('common.loading')}</p>}
        {session.status === 'signed_out' && <SignInPage expired={session.expired} />}
        {session.status === 'signed_in' && page(route)}
      </main>
    </div>
  );
}
