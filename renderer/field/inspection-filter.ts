import type { Inspection } from '../../shared/domain/inspection';
import type { ListFilters } from '../app/ui-store';

/** Case- and accent-insensitive: "quan 1" finds "Quận 1". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

export function filterInspections(
  inspections: readonly Inspection[],
  filters: ListFilters,
  officeNames: ReadonlyMap<string, string>,
): Inspection[] {
  const needle = foldForSearch(filters.query.trim());
  return inspections.filter((inspection) => {
    if (filters.officeCode !== null && inspection.officeCode !== filters.officeCode) return false;
    if (filters.status !== null && inspection.status !== filters.status) return false;
    if (needle === '') return true;
    const haystack = [
      inspection.officeCode,
      officeNames.get(inspection.officeCode) ?? '',
      inspection.team.lead,
      ...inspection.team.members,
      inspection.template.id,
    ].join(' ');
    return foldForSearch(haystack).includes(needle);
  });
}
