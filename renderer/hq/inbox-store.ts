import { create } from 'zustand';
import { queryString } from './api';

export interface InboxFilters {
  readonly province: string;
  readonly office: string;
  /** yyyy-mm-dd, sealing date; `to` inclusive in the form (HQ's `to` is exclusive: the next day is sent). */
  readonly from: string;
  readonly to: string;
  readonly status: string;
  readonly severity: string;
  readonly recommendation: string;
}

export const NO_FILTERS: InboxFilters = { province: '', office: '', from: '', to: '', status: '', severity: '', recommendation: '' };

/** The day after a yyyy-mm-dd date, so an inclusive "to" becomes HQ's exclusive bound. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/** Dates are Vietnam calendar days (UTC+7), as inspectors and HQ staff read them. */
const vietnamMidnight = (date: string): string => `${date}T00:00:00+07:00`;

export function inboxQuery(filters: InboxFilters, cursor: string | null, limit = 100): string {
  return queryString({
    province: filters.province.trim(),
    office: filters.office.trim().toUpperCase(),
    from: filters.from === '' ? '' : vietnamMidnight(filters.from),
    to: filters.to === '' ? '' : vietnamMidnight(nextDay(filters.to)),
    status: filters.status,
    severity: filters.severity,
    recommendation: filters.recommendation,
    limit,
    cursor,
  });
}

/** Filters stay while a reviewer opens an inspection and comes back. */
export const useInboxFilters = create<{ filters: InboxFilters; setFilters: (filters: InboxFilters) => void }>((set) => ({
  filters: NO_FILTERS,
  setFilters: (filters) => set({ filters }),
}));
