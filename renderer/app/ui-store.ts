import { create } from 'zustand';
import type { InspectionStatus } from '../../shared/lifecycle/inspection-lifecycle';
import type { RepositoryErrorCode } from '../db/repositories/repository-error';

/** Where the user is. Mirrored in the URL hash so a reload lands on the same screen. */
export type Route = { name: 'list' } | { name: 'new' } | { name: 'inspection'; id: string };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/new') return { name: 'new' };
  const match = /^\/inspections\/([0-9a-f-]{36})$/.exec(path);
  if (match?.[1]) return { name: 'inspection', id: match[1] };
  return { name: 'list' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'inspection':
      return `#/inspections/${route.id}`;
  }
}

export interface ListFilters {
  readonly query: string;
  readonly officeCode: string | null;
  readonly status: InspectionStatus | null;
}

interface UiState {
  route: Route;
  filters: ListFilters;
  /** The latest write failure, shown until dismissed. */
  writeError: RepositoryErrorCode | null;
  navigate: (route: Route) => void;
  syncFromLocation: () => void;
  setFilters: (patch: Partial<ListFilters>) => void;
  reportWriteError: (code: RepositoryErrorCode | null) => void;
}

export const useUiStore = create<UiState>((set) => ({
  route: parseRoute(window.location.hash),
  filters: { query: '', officeCode: null, status: null },
  writeError: null,
  navigate: (route) => {
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
  syncFromLocation: () => set({ route: parseRoute(window.location.hash) }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  reportWriteError: (code) => set({ writeError: code }),
}));
