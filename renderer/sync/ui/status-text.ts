import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/domain/localized';
import { formatDateTime } from '../../i18n/format';
import { reasonKey } from '../reason-codes';
import type { GlobalSyncStatus, InspectionSyncStatus } from '../sync-status';

/** The global state in words: the header shows `text`, the sync page adds `detail`. */
export function globalStatusText(t: TFunction, status: GlobalSyncStatus, locale: Locale): { text: string; detail: string | null } {
  const retry = (at: number | undefined) => (at === undefined ? null : t('sync.state.nextRetry', { time: formatDateTime(new Date(Math.max(at, Date.now())).toISOString(), locale) }));
  switch (status.kind) {
    case 'not_enrolled':
      return { text: t('sync.state.notEnrolled'), detail: null };
    case 'sending':
      return { text: t('sync.state.sending'), detail: null };
    case 'offline':
      return { text: t('sync.state.offline'), detail: null };
    case 'unreachable':
      return { text: t('sync.state.unreachable'), detail: [t(reasonKey(status.code)), retry(status.nextAttemptAt)].filter(Boolean).join(' ') };
    case 'rejected':
      return { text: t('sync.state.rejected', { count: status.count }), detail: status.pending > 0 ? t('sync.state.pending', { count: status.pending }) : null };
    case 'pending':
      return { text: t('sync.state.pending', { count: status.count }), detail: retry(status.nextAttemptAt) };
    case 'all_synced':
      return { text: t('sync.state.allSynced'), detail: null };
  }
}

export function inspectionStatusText(t: TFunction, status: InspectionSyncStatus, locale: Locale): string | null {
  switch (status.kind) {
    case 'synced':
      return t('sync.badge.synced', { time: formatDateTime(status.at, locale) });
    case 'pending':
      return t('sync.badge.pending');
    case 'rejected':
      return t('sync.badge.rejected', { reason: t(reasonKey(status.code)) });
    case 'none':
      return null;
  }
}
