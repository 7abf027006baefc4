import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/domain/localized';
import type { Enrollment } from '../../db/repositories/enrollment';
import { formatDateTime } from '../../i18n/format';
import { syncWorker } from '../app-sync';
import { keyFingerprint } from '../../../shared/bundle';
import { useSyncStore } from '../sync-store';
import { globalSyncStatus } from '../sync-status';
import { ExportMessageLine } from './ExportMessageLine';
import { globalStatusText } from './status-text';
import { useIkbExport } from './use-ikb-export';
import { useOutbox } from './use-sync-data';
import { useOrphanDecisionCount } from './use-decisions';
import { OpenHqWorkspace } from './OpenHqWorkspace';

/** Who this device is at HQ, where sync stands, the actions (sync now, export for USB, open HQ's workspace). */
export function EnrolledPanel({ enrollment }: { enrollment: Enrollment }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const ui = useSyncStore();
  const entries = useOutbox() ?? [];
  const exporter = useIkbExport();
  const orphans = useOrphanDecisionCount() ?? 0;
  const status = globalSyncStatus(true, entries, ui);
  const { text, detail } = globalStatusText(t, status, locale);
  return (
    <section className="panel" aria-labelledby="sync-facts-title">
      <h2 id="sync-facts-title">{t('sync.facts.title')}</h2>
      <dl className="sync-facts">
        <dt>{t('sync.facts.hqUrl')}</dt><dd data-testid="sync-hq-url">{enrollment.hqUrl}</dd>
        <dt>{t('sync.facts.inspector')}</dt><dd>{enrollment.inspectorName}</dd>
        <dt>{t('sync.facts.deviceId')}</dt><dd><code>{enrollment.deviceId}</code></dd>
        <dt>{t('sync.facts.hqKey')}</dt><dd><code>{keyFingerprint(enrollment.hq.signingPublicKey)}</code></dd>
        <dt>{t('sync.facts.enrolledAt')}</dt><dd>{formatDateTime(enrollment.enrolledAt, locale)}</dd>
      </dl>
      <div aria-live="polite">
        <p className={`status-line sync-${status.kind}`} data-testid="sync-state"><strong>{text}</strong></p>
        {detail && <p className="muted">{detail}</p>}
        {ui.lastRunAt !== null && <p className="muted">{t('sync.state.lastRun', { time: formatDateTime(new Date(ui.lastRunAt).toISOString(), locale) })}</p>}
      </div>
      <div className="form-actions">
        <button type="button" className="primary" disabled={ui.running} onClick={() => void syncWorker()?.syncNow()}>{t('sync.syncNow')}</button>
        <button type="button" disabled={exporter.busy} onClick={() => void exporter.run('all_unsynced')}>{t('sync.export.all')}</button>
      </div>
      <p className="muted">{t('sync.export.hint')}</p>
      <ExportMessageLine busy={exporter.busy} message={exporter.message} />
      {orphans > 0 && <p className="note warn" role="note">{t('sync.decisions.orphans', { count: orphans })}</p>}
      <OpenHqWorkspace hqUrl={enrollment.hqUrl} />
    </section>
  );
}
