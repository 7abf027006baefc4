import { useTranslation } from 'react-i18next';
import { useWorkspaceMode } from '../../db/workspace-db';
import { EnrollForm } from './EnrollForm';
import { EnrolledPanel } from './EnrolledPanel';
import { OutboxTable } from './OutboxTable';
import { useEnrollment } from './use-sync-data';
import './sync.css';

/** `#/sync`: enroll this device, or see and drive its sync with HQ. */
export function SyncPage() {
  const { t } = useTranslation();
  const enrollment = useEnrollment();
  if (useWorkspaceMode() === 'training') {
    return (
      <section className="form-page sync-page" aria-labelledby="sync-title">
        <h1 id="sync-title">{t('sync.title')}</h1>
        <p className="note" role="note">{t('sync.trainingNote')}</p>
      </section>
    );
  }
  return (
    <section className="form-page sync-page" aria-labelledby="sync-title">
      <h1 id="sync-title">{t('sync.title')}</h1>
      {enrollment === undefined && <p className="muted" role="status">{t('common.loading')}</p>}
      {enrollment === null && (
        <>
          <p className="muted">{t('sync.intro')}</p>
          <EnrollForm />
        </>
      )}
      {enrollment && (
        <>
          <EnrolledPanel enrollment={enrollment} />
          <OutboxTable />
          <details className="reenroll">
            <summary>{t('sync.enroll.reenrollTitle')}</summary>
            <EnrollForm currentHqUrl={enrollment.hqUrl} />
          </details>
        </>
      )}
    </section>
  );
}
