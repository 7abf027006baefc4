import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FindingKind, RecommendationKind } from '../../../shared/domain/finding';
import type { Locale } from '../../../shared/domain/localized';
import type { DecisionOutcome, ReviewStatus } from '../../../shared/hq/insights';
import { formatNumber } from '../../i18n/format';

/*
 * Words for the domain values HQ sends. Each map is typed by the value's union,
 * so a new value fails the type check, and each key is a literal `t('…')`, so
 * the locale test sees it.
 */
const recommendationLabels = (t: TFunction): Record<RecommendationKind, string> => ({
  commendation: t('hqInsights.recommendation.commendation'),
  praise: t('hqInsights.recommendation.praise'),
  reminder: t('hqInsights.recommendation.reminder'),
  review: t('hqInsights.recommendation.review'),
  reassignment: t('hqInsights.recommendation.reassignment'),
  replacement: t('hqInsights.recommendation.replacement'),
  disciplinary_review: t('hqInsights.recommendation.disciplinary_review'),
});

const outcomeLabels = (t: TFunction): Record<DecisionOutcome, string> => ({
  approve: t('hqInsights.outcome.approve'),
  change: t('hqInsights.outcome.change'),
  reject: t('hqInsights.outcome.reject'),
});

const kindLabels = (t: TFunction): Record<FindingKind, string> => ({
  commendable: t('hqInsights.kind.commendable'),
  violation: t('hqInsights.kind.violation'),
});

const reviewStatusLabels = (t: TFunction): Record<ReviewStatus, string> => ({
  received: t('hqInsights.reviewStatus.received'),
  under_review: t('hqInsights.reviewStatus.under_review'),
  decided: t('hqInsights.reviewStatus.decided'),
  reopened: t('hqInsights.reviewStatus.reopened'),
});

const severityLabels = (t: TFunction): Record<string, string> => ({
  low: t('hqInsights.severity.low'),
  medium: t('hqInsights.severity.medium'),
  high: t('hqInsights.severity.high'),
  critical: t('hqInsights.severity.critical'),
});

export interface HqLabels {
  readonly locale: Locale;
  readonly recommendation: (kind: RecommendationKind) => string;
  readonly outcome: (outcome: DecisionOutcome) => string;
  readonly kind: (kind: FindingKind) => string;
  readonly reviewStatus: (status: ReviewStatus) => string;
  /** Unknown severities (a newer device) show as sent. */
  readonly severity: (severity: string) => string;
  /** `0–1`, `2–7` … `> 90` days: a bucket's lower bound is the previous bucket's `upTo` + 1. */
  readonly bucket: (from: number, upTo: number | null) => string;
  readonly number: (value: number) => string;
}

export function useHqLabels(): HqLabels {
  const { t, i18n } = useTranslation();
  const locale: Locale = i18n.language === 'en' ? 'en' : 'vi';
  const recommendations = recommendationLabels(t);
  const outcomes = outcomeLabels(t);
  const kinds = kindLabels(t);
  const statuses = reviewStatusLabels(t);
  const severities = severityLabels(t);
  const number = (value: number) => formatNumber(value, locale);
  return {
    locale,
    recommendation: (kind) => recommendations[kind],
    outcome: (outcome) => outcomes[outcome],
    kind: (kind) => kinds[kind],
    reviewStatus: (status) => statuses[status],
    severity: (severity) => severities[severity] ?? severity,
    bucket: (from, upTo) => (upTo === null ? t('hqInsights.days.over', { from: number(from - 1) }) : t('hqInsights.days.range', { from: number(from), to: number(upTo) })),
    number,
  };
}

/** A month `YYYY-MM` as `03/2026` (vi) or `Mar 2026` (en). */
export function formatMonth(month: string, locale: Locale): string {
  const [year, mon] = month.split('-').map(Number);
  if (year === undefined || mon === undefined || Number.isNaN(year) || Number.isNaN(mon)) return month;
  if (locale === 'vi') return `${String(mon).padStart(2, '0')}/${year}`;
  return new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, mon - 1, 1)));
}

/** A calendar date `YYYY-MM-DD` for the reader: `23/11/2026` (as Vietnamese documents write it), `23 Nov 2026`. */
export function formatDay(day: string, locale: Locale): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  const style: Intl.DateTimeFormatOptions = locale === 'vi' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' };
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', { ...style, timeZone: 'UTC' }).format(date);
}
