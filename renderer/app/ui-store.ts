import { create } from 'zustand';
import type { InspectionStatus } from '../../shared/lifecycle/inspection-lifecycle';
import type { RepositoryErrorCode } from '../db/repositories/repository-error';
import { keepInTrainingRun, parseTrainingPath, trainingHash, type TrainingPage } from '../training/training-route';

export const INSPECTION_TABS = ['checklist', 'findings', 'sign-off', 'audit', 'report'] as const;
export type InspectionTab = (typeof INSPECTION_TABS)[number];

/** Where the user is. Mirrored in the URL hash so a reload lands on the same screen. */
export type Route =
  | { name: 'list' }
  | { name: 'new' }
  | { name: 'sync' }
  | { name: 'inspection'; id: string; tab?: InspectionTab; findingId?: string }
  | { name: 'training'; page: TrainingPage };

const INSPECTION_PATH = /^\/inspections\/([0-9a-f-]{36})(?:\/(findings|sign-off|audit|report)(?:\/(new|[0-9a-f-]{36}))?)?$/;

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '/new') return { name: 'new' };
  if (path === '/sync') return { name: 'sync' };
  if (path === '/training' || path.startsWith('/training/')) return { name: 'training', page: parseTrainingPath(path.slice('/training'.length)) };
  const match = INSPECTION_PATH.exec(path);
  if (!match?.[1]) return { name: 'list' };
  const tab = (match[2] ?? 'checklist') as InspectionTab;
  return { name: 'inspection', id: match[1], tab, ...(tab === 'findings' && match[3] ? { findingId: match[3] } : {}) };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'list':
      return '#/';
    case 'new':
      return '#/new';
    case 'sync':
      return '#/sync';
    case 'inspection': {
      const tab = route.tab === undefined || route.tab === 'checklist' ? '' : `/${route.tab}`;
      return `#/inspections/${route.id}${tab}${route.tab === 'findings' && route.findingId ? `/${route.findingId}` : ''}`;
    }
    case 'training':
      return trainingHash(route.page);
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

export const useUiStore = create<UiState>((set, get) => ({
  route: parseRoute(window.location.hash),
  filters: { query: '', officeCode: null, status: null },
  writeError: null,
  navigate: (target) => {
    const route = keepInTrainingRun(get().route, target);
    const hash = routeHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
  syncFromLocation: () => set({ route: parseRoute(window.location.hash) }),
  setFilters: (patch) => set((state) => ({ filters: { ...state.filters, ...patch } })),
  reportWriteError: (code) => set({ writeError: code }),
}));
