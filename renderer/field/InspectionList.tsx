import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useWorkspaceDb } from '../db/workspace-db';
import { useUiStore } from '../app/ui-store';
import { filterInspections } from './inspection-filter';
import { useOfficeNames } from './use-field-data';
import { ListFiltersBar } from './ListFiltersBar';
import { formatNumber } from '../i18n/format';
import type { Locale } from '../../shared/domain/localized';
import { InspectionRow } from './InspectionRow';

const ROW_HEIGHT = 72;

export function InspectionList() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const filters = useUiStore((s) => s.filters);
  const officeNames = useOfficeNames();
  const db = useWorkspaceDb();
  const inspections = useLiveQuery(() => db.inspections.orderBy('arrivalAt').reverse().toArray(), [db]);
  const visible = useMemo(
    () => filterInspections(inspections ?? [], filters, officeNames),
    [inspections, filters, officeNames],
  );

  const scrollRef = useRef<HTMLDivElement>(null);
  // Only the rows in view are in the DOM, so 10,000 inspections scroll smoothly.
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual returns fresh functions by design; this component is not memoised by the compiler.
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  return (
    <section className="inspection-list" aria-labelledby="inspection-list-title">
      <div className="page-head">
        <div>
          <h1 id="inspection-list-title">{t('list.title')}</h1>
          <p className="muted" aria-live="polite">
            {inspections === undefined ? t('common.loading') : t('list.count', { shown: formatNumber(visible.length, locale), total: formatNumber(inspections.length, locale) })}
          </p>
        </div>
        <button type="button" className="primary" onClick={() => navigate({ name: 'new' })}>
          {t('list.newUnannounced')}
        </button>
      </div>
      <ListFiltersBar />
      {inspections !== undefined && visible.length === 0 ? (
        <div className="empty-state">
          <p>{inspections.length === 0 ? t('list.emptyNone') : t('list.emptyFiltered')}</p>
        </div>
      ) : (
        <div ref={scrollRef} className="list-scroll" tabIndex={-1}>
          <ul role="list" aria-label={t('list.title')} style={{ height: virtualizer.getTotalSize() }} className="list-canvas">
            {virtualizer.getVirtualItems().map((row) => {
              const inspection = visible[row.index];
              if (!inspection) return null;
              return (
                <InspectionRow
                  key={inspection.id}
                  inspection={inspection}
                  officeName={officeNames.get(inspection.officeCode) ?? inspection.officeCode}
                  position={row.index + 1}
                  setSize={visible.length}
                  offset={row.start}
                  height={row.size}
                />
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
