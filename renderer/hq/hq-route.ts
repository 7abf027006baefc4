import { create } from 'zustand';

/** Screens of the HQ workspace, mirrored in the URL hash so a reload or a shared link lands on the same one. */
export type HqRoute =
  | { name: 'inbox' }
  | { name: 'inspection'; id: string }
  | { name: 'office'; code: string }
  | { name: 'official'; id: string }
  | { name: 'dashboard' }
  | { name: 'exports' }
  | { name: 'templates' }
  | { name: 'roster' }
  | { name: 'audit' };

const SIMPLE = ['dashboard', 'exports', 'templates', 'roster', 'audit'] as const;
const WITH_ID = /^\/(inspections|offices|officials)\/([^/]{1,64})$/;

export function parseHqRoute(hash: string): HqRoute {
  const path = hash.replace(/^#/, '');
  const simple = SIMPLE.find((name) => path === `/${name}`);
  if (simple !== undefined) return { name: simple };
  const match = WITH_ID.exec(path);
  const id = match?.[2] === undefined ? undefined : safeDecode(match[2]);
  if (match === null || id === undefined) return { name: 'inbox' };
  if (match[1] === 'inspections') return { name: 'inspection', id };
  if (match[1] === 'offices') return { name: 'office', code: id };
  return { name: 'official', id };
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

export function hqHash(route: HqRoute): string {
  switch (route.name) {
    case 'inbox':
      return '#/';
    case 'inspection':
      return `#/inspections/${encodeURIComponent(route.id)}`;
    case 'office':
      return `#/offices/${encodeURIComponent(route.code)}`;
    case 'official':
      return `#/officials/${encodeURIComponent(route.id)}`;
    default:
      return `#/${route.name}`;
  }
}

interface HqRouteState {
  route: HqRoute;
  navigate: (route: HqRoute) => void;
  syncFromLocation: () => void;
}

export const useHqRoute = create<HqRouteState>((set) => ({
  route: parseHqRoute(window.location.hash),
  navigate: (route) => {
    const hash = hqHash(route);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ route });
  },
  syncFromLocation: () => set({ route: parseHqRoute(window.location.hash) }),
}));
