import { useTranslation } from 'react-i18next';
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
