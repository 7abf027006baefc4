import { useTranslation } from 'react-i18next';
import { INSPECTION_STATUSES, InspectionStatus } from '../../shared/lifecycle/inspection-lifecycle';
import { useUiStore } from '../app/ui-store';
import { useOffices } from './use-field-data';

export function ListFiltersBar() {
  const { t } = useTranslation();
  const filters = useUiStore((s) => s.filters);
  const setFilters = useUiStore((s) => s.setFilters);
  const offices = useOffices() ?? [];
  return (
    <div className="filters" role="search">
      <label className="field grow">
        <span>{t('list.search')}</span>
        <input
          type="search"
          value={filters.query}
          placeholder={t('list.searchPlaceholder')}
          onChange={(event) => setFilters({ query: event.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('list.filterOffice')}</span>
        <select value={filters.officeCode ?? ''} onChange={(event) => setFilters({ officeCode: event.target.value || null })}>
          <option value="">{t('list.allOffices')}</option>
          {offices.map((office) => (
            <option key={office.code} value={office.code}>{office.name}</option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('list.filterStatus')}</span>
        <select
          value={filters.status ?? ''}
          onChange={(event) => setFilters({ status: InspectionStatus.safeParse(event.target.value).data ?? null })}
        >
          <option value="">{t('list.allStatuses')}</option>
          {INSPECTION_STATUSES.map((status) => (
            <option key={status} value={status}>{t(`status.${status}`)}</option>
          ))}
        </select>
      </label>
    </div>
  );
}
