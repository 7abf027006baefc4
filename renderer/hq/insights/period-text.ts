import type { TFunction } from 'i18next';
import type { Locale } from '../../../shared/domain/localized';
import { formatDay } from './labels';
import type { PeriodFilterValues } from './period-filter';

/** "Từ 01/01/2026 đến 31/03/2026 · Hà Nội" — the period as the user picked it (both days included). */
export function periodText(t: TFunction, period: PeriodFilterValues, locale: Locale): string {
  const from = period.from === '' ? null : formatDay(period.from, locale);
  const to = period.to === '' ? null : formatDay(period.to, locale);
  const dates = from !== null && to !== null ? t('hqInsights.period.between', { from, to })
    : from !== null ? t('hqInsights.period.since', { from })
      : to !== null ? t('hqInsights.period.until', { to })
        : t('hqInsights.period.allTime');
  const place = period.province.trim() === '' ? t('hqInsights.period.allProvinces') : period.province.trim();
  const office = period.office.trim() === '' ? null : t('hqInsights.period.office', { office: period.office.trim() });
  return [dates, place, office].filter((part) => part !== null).join(' · ');
}
