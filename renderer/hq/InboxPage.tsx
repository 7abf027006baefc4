import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { z } from 'zod';
import { Severity } from '../../shared/catalogue/schema';
import { RecommendationKind } from '../../shared/domain/finding';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime, formatNumber } from '../i18n/format';
import { FieldError } from '../field/FieldError';
import { hqJson } from './api';
import { hqHash } from './hq-route';
import { inboxQuery, NO_FILTERS, useInboxFilters, type InboxFilters } from './inbox-store';
import { REVIEW_STATUSES, ReviewStatusBadge } from './ReviewStatusBadge';
import { HqErrorMessage } from './HqStatus';
import { hqRefusal } from './use-hq-data';

export interface InboxItem {
  readonly id: string;
  readonly officeCode: string;
  readonly officeName?: string | null;
  readonly province?: string | null;
  readonly reviewStatus?: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly sealedAt: string;
  readonly receivedAt: string;
  readonly findings: number;
  readonly adverse: number;
}

interface InboxPage {
  readonly items: readonly InboxItem[];
  readonly nextCursor: string | null;
}

const ROW_HEIGHT = 64;

const FilterForm = z
  .object({
    province: z.string().max(100),
    office: z.string().max(64),
    from: z.string(),
    to: z.string(),
    status: z.string(),
    severity: z.string(),
    recommendation: z.string(),
  })
  .refine((f) => f.from === '' || f.to === '' || f.from <= f.to, { path: ['to'], message: 'hq.inbox.filter.toBeforeFrom' });

type Loaded = { readonly key: string; readonly items: readonly InboxItem[]; readonly nextCursor: string | null; readonly error: string | null; readonly loading: boolean };

/** Received inspections, newest first, page by page as the reviewer scrolls; only rows in view are in the DOM. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const filters = useInboxFilters((s) => s.filters);
  const setFilters = useInboxFilters((s) => s.setFilters);
  const key = inboxQuery(filters, null);
  const [loaded, setLoaded] = useState<Loaded>({ key, items: [], nextCursor: null, error: null, loading: true });
  const [reloads, setReloads] = useState(0);

  const fail = (error: unknown): string => hqRefusal(error).code;

  useEffect(() => {
    let live = true;
    hqJson<InboxPage>(`/v1/hq/inspections${key}`).then(
      (page) => live && setLoaded({ key, items: page.items, nextCursor: page.nextCursor, error: null, loading: false }),
      (error: unknown) => live && setLoaded({ key, items: [], nextCursor: null, error: hqRefusal(error).code, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [key, reloads]);

  const current: Loaded = loaded.key === key ? loaded : { key, items: [], nextCursor: null, error: null, loading: true };
  const loadMore = () => {
    if (current.loading || current.nextCursor === null) return;
    const cursor = current.nextCursor;
    setLoaded({ ...current, loading: true });
    hqJson<InboxPage>(`/v1/hq/inspections${inboxQuery(filters, cursor)}`).then(
      (page) => setLoaded((prev) => (prev.key === key ? { key, items: [...prev.items, ...page.items], nextCursor: page.nextCursor, error: null, loading: false } : prev)),
      (error: unknown) => setLoaded((prev) => (prev.key === key ? { ...prev, error: fail(error), loading: false } : prev)),
    );
  };

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: current.items.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows[virtualRows.length - 1]?.index ?? -1;
  useEffect(() => {
    if (lastIndex >= current.items.length - 10) loadMore();
  });

  return (
    <section className="hq-inbox" aria-labelledby="hq-inbox-title">
      <div className="page-head">
        <div>
          <h1 id="hq-inbox-title">{t('hq.inbox.title')}</h1>
          <p className="muted" aria-live="polite">
            {current.loading && current.items.length === 0
              ? t('common.loading')
              : t(current.nextCursor === null ? 'hq.inbox.countAll' : 'hq.inbox.countMore', { count: current.items.length, shown: formatNumber(current.items.length, locale) })}
          </p>
        </div>
        <button type="button" onClick={() => setReloads((n) => n + 1)}>
          {t('hq.inbox.refresh')}
        </button>
      </div>
      <InboxFilterBar filters={filters} onApply={setFilters} />
      {current.error !== null && <HqErrorMessage error={current.error} />}
      {!current.loading && current.error === null && current.items.length === 0 ? (
        <div className="empty-state">
          <p>{filters === NO_FILTERS ? t('hq.inbox.empty') : t('hq.inbox.emptyFiltered')}</p>
        </div>
      ) : (
        <div ref={scrollRef} className="list-scroll hq-list-scroll" tabIndex={-1}>
          <div className="hq-inbox-head" aria-hidden="true">
            <span>{t('hq.inbox.col.office')}</span>
            <span>{t('hq.inbox.col.sealed')}</span>
            <span>{t('hq.inbox.col.findings')}</span>
            <span>{t('hq.inbox.col.status')}</span>
          </div>
          <ul role="list" aria-label={t('hq.inbox.title')} style={{ height: virtualizer.getTotalSize() }} className="list-canvas">
            {virtualRows.map((row) => {
              const item = current.items[row.index];
              if (item === undefined) return null;
              return (
                <li key={item.id} className="inspection-row hq-inbox-row" aria-posinset={row.index + 1} aria-setsize={current.nextCursor === null ? current.items.length : -1} style={{ transform: `translateY(${row.start}px)`, height: row.size }}>
                  <a href={hqHash({ name: 'inspection', id: item.id })}>
                    <span className="row-main">
                      <span className="row-title">{item.officeName ?? item.officeCode}</span>
                      <span className="row-meta">
                        {item.officeCode}
                        {item.province ? ` · ${item.province}` : ''} · {item.templateId}@{item.templateVersion}
                      </span>
                    </span>
                    <span className="row-meta">
                      {formatDateTime(item.sealedAt, locale)}
                      <br />
                      {t('hq.inbox.received', { at: formatDateTime(item.receivedAt, locale) })}
                    </span>
                    <span className="hq-counts">
                      {t('hq.inbox.findings', { count: item.findings })}
                      {item.adverse > 0 && <span className="hq-adverse"> · {t('hq.inbox.adverse', { count: item.adverse })}</span>}
                    </span>
                    <ReviewStatusBadge status={item.reviewStatus ?? 'received'} />
                  </a>
                </li>
              );
            })}
          </ul>
          {current.loading && current.items.length > 0 && <p className="muted hq-loading-more">{t('common.loading')}</p>}
        </div>
      )}
    </section>
  );
}

function InboxFilterBar({ filters, onApply }: { filters: InboxFilters; onApply: (filters: InboxFilters) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, reset, formState } = useForm<InboxFilters>({ resolver: zodResolver(FilterForm), defaultValues: filters });
  const clear = () => {
    reset(NO_FILTERS);
    onApply(NO_FILTERS);
  };
  return (
    <form className="filters hq-filters" onSubmit={(event) => void handleSubmit((values) => onApply({ ...values }))(event)} aria-label={t('hq.inbox.filter.label')}>
      <label className="field">
        <span>{t('hq.inbox.filter.province')}</span>
        <input type="text" {...register('province')} />
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.office')}</span>
        <input type="text" placeholder="VD: HN-BD-01" {...register('office')} />
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.from')}</span>
        <input type="date" {...register('from')} />
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.to')}</span>
        <input type="date" aria-invalid={formState.errors.to ? true : undefined} aria-describedby="hq-filter-to-error" {...register('to')} />
        <FieldError id="hq-filter-to-error" message={formState.errors.to?.message} />
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.status')}</span>
        <select {...register('status')}>
          <option value="">{t('hq.inbox.filter.any')}</option>
          {REVIEW_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`hq.reviewStatus.${status}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.severity')}</span>
        <select {...register('severity')}>
          <option value="">{t('hq.inbox.filter.any')}</option>
          {Severity.options.map((severity) => (
            <option key={severity} value={severity}>
              {t(`report.severity.${severity}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('hq.inbox.filter.recommendation')}</span>
        <select {...register('recommendation')}>
          <option value="">{t('hq.inbox.filter.any')}</option>
          {RecommendationKind.options.map((kind) => (
            <option key={kind} value={kind}>
              {t(`recommendation.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      <div className="hq-filter-actions">
        <button type="submit" className="primary">
          {t('hq.inbox.filter.apply')}
        </button>
        <button type="button" onClick={clear}>
          {t('hq.inbox.filter.clear')}
        </button>
      </div>
    </form>
  );
}
