import { z } from 'zod';
import { queryString } from '../api';

const day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'hqInsights.filter.errors.date')]);
const code = z.string().trim().max(64, 'hqInsights.filter.errors.tooLong');

/** The period the user picks: calendar dates, both ends included; empty means open. */
export const PeriodFilterSchema = z
  .object({ from: day, to: day, province: code, office: code })
  .refine((v) => v.from === '' || v.to === '' || v.from <= v.to, { path: ['to'], message: 'hqInsights.filter.errors.order' });
export type PeriodFilterValues = z.infer<typeof PeriodFilterSchema>;

export const EMPTY_PERIOD: PeriodFilterValues = { from: '', to: '', province: '', office: '' };

/** The calendar day after `YYYY-MM-DD`. */
export function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.toISOString().slice(0, 10);
}

/**
 * HQ bounds sealing times with `from` inclusive and `to` exclusive (hq/API.md),
 * so a period that ends on the 31st asks HQ for `to` = the 1st.
 */
export function periodQuery(period: PeriodFilterValues, withOffice: boolean): string {
  return queryString({
    from: period.from,
    to: period.to === '' ? '' : nextDay(period.to),
    province: period.province.trim(),
    office: withOffice ? period.office.trim() : '',
  });
}
