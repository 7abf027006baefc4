import type { OutboxEntry } from '../db';
import { PENDING_STATES } from '../db/repositories/outbox';
import type { SyncUiState } from './sync-store';

export type GlobalSyncStatus =
  | { readonly kind: 'not_enrolled' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'offline' }
  | { readonly kind: 'unreachable'; readonly code: string; readonly pending: number; readonly nextAttemptAt?: number }
  | { readonly kind: 'rejected'; readonly count: number; readonly pending: number }
  | { readonly kind: 'pending'; readonly count: number; readonly nextAttemptAt?: number }
  | { readonly kind: 'all_synced' };

/** Errors that mean HQ is out of reach (or refuses us) rather than one bundle being wrong. */
const REACH_ERRORS = new Set(['hq_unreachable', 'timeout', 'server_error', 'rate_limited', 'unauthenticated', 'device_revoked', 'sync_failed']);

/** One line for the header and the sync page, from the outbox (Dexie) and the worker's UI state. */
export function globalSyncStatus(enrolled: boolean, entries: readonly OutboxEntry[], ui: SyncUiState): GlobalSyncStatus {
  if (!enrolled) return { kind: 'not_enrolled' };
  const pending = entries.filter((e) => PENDING_STATES.includes(e.state));
  const rejected = entries.filter((e) => e.state === 'rejected').length;
  const nextAttemptAt = pending.length === 0 ? undefined : Math.min(...pending.map((e) => e.nextAttemptAt));
  const next = nextAttemptAt === undefined ? {} : { nextAttemptAt };
  if (ui.running && pending.length > 0) return { kind: 'sending' };
  if (ui.lastError === 'offline') return { kind: 'offline' };
  if (ui.lastError !== null && REACH_ERRORS.has(ui.lastError)) return { kind: 'unreachable', code: ui.lastError, pending: pending.length, ...next };
  if (rejected > 0) return { kind: 'rejected', count: rejected, pending: pending.length };
  if (pending.length > 0) return { kind: 'pending', count: pending.length, ...next };
  return { kind: 'all_synced' };
}

export type InspectionSyncStatus =
  | { readonly kind: 'synced'; readonly at: string }
  | { readonly kind: 'pending' }
  | { readonly kind: 'rejected'; readonly code: string }
  | { readonly kind: 'none' };

/** An inspection's state at HQ: rejected if any of its bundles was, synced when all are. */
export function inspectionSyncStatus(entries: readonly OutboxEntry[]): InspectionSyncStatus {
  if (entries.length === 0) return { kind: 'none' };
  const rejected = entries.find((e) => e.state === 'rejected');
  if (rejected) return { kind: 'rejected', code: rejected.lastError?.code ?? 'unknown' };
  if (entries.some((e) => e.state !== 'synced')) return { kind: 'pending' };
  const latest = entries.map((e) => e.syncedAt ?? '').sort().at(-1) ?? '';
  return { kind: 'synced', at: latest };
}
