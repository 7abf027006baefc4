import { useTranslation } from 'react-i18next';
import { useWorkspaceMode } from '../../db/workspace-db';
import type { Locale } from '../../../shared/domain/localized';
import { useSyncStore } from '../sync-store';
import { globalSyncStatus } from '../sync-status';
import { globalStatusText } from './status-text';
import { useEnrollment, useOutbox } from './use-sync-data';
import './sync.css';

/** The header's sync state: words (not only a colour), announced politely when they change. */
export function SyncIndicator() {
  const { t, i18n } = useTranslation();
  const ui = useSyncStore();
  const enrollment = useEnrollment();
  const entries = useOutbox();
  const mode = useWorkspaceMode();
  // The field's sync state means nothing inside a rehearsal; SyncPage says why.
  if (mode === 'training') return <span className="sync-indicator" title={t('sync.trainingNote')}>{t('sync.trainingShort')}</span>;
  if (enrollment === undefined || entries === undefined) return null;
  const status = globalSyncStatus(enrollment !== null, entries, ui);
  const { text } = globalStatusText(t, status, i18n.language as Locale);
  return (
    <a href="#/sync" className={`sync-indicator sync-${status.kind}`} title={t('sync.state.label')}>
      <span className="sync-dot" aria-hidden="true" />
      <span role="status">{text}</span>
    </a>
  );
}
