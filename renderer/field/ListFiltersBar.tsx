import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { INSPECTION_STATUSES, InspectionStatus } from '../../shared/lifecycle/inspection-lifecycle';
import { useUiStore } from '../app/ui-store';
import { useOffices } from './use-field-data';

export function ListFiltersBar() {
  const { t } = useTranslation();
  const filters = useUiStore((s) => s.filters);
  const setFilters = useUiStore((s) => s.setFilters);
  const offices = useOffices() ?? [];
  const id = useId();
  return (
    <div className="filters" role="search">
      <div className="field grow">
        <label htmlFor={`${id}-search`}>{t('list.search')}</label>
        <input
          id={`${id}-search`}
          type="search"
          value={filters.query}
          placeholder={t('list.searchPlaceholder')}
          onChange={(event) => setFilters({ query: event.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-office`}>{t('list.filterOffice')}</label>
        <select id={`${id}-office`} value={filters.officeCode ?? ''} onChange={(event) => setFilters({ officeCode: event.target.value || null })}>
          <option value="">{t('list.allOffices')}</option>
          {offices.map((office) => (
            <option key={office.code} value={office.code}>{office.name}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('list.filterStatus')}</label>
        <select id={`${id}-status`}
          value={filters.status ?? ''}
          onChange={(event) => setFilters({ status: InspectionStatus.safeParse(event.target.value).data ?? null })}
        >
          <option value="">{t('list.allStatuses')}</option>
          {INSPECTION_STATUSES.map((status) => (
            <option key={status} value={status}>{t(`status.${status}`)}</option>
          ))}
        </select>
      </div>
    </div>
  );
}
