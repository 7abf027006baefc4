import { create } from 'zustand';
import type { RepositoryErrorCode } from '../db/repositories/repository-error';

export type ItemSaveState =
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved'; readonly at: string }
  | { readonly kind: 'failed'; readonly code: RepositoryErrorCode };

interface SaveStatusState {
  items: Readonly<Record<string, ItemSaveState>>;
  /** Writes started and not yet settled, across all items. */
  pending: number;
  /** The same, per item: a card says "saved" only when none of its writes is still in flight. */
  inFlight: Readonly<Record<string, number>>;
  lastSavedAt: string | null;
  begin: (itemId: string) => void;
  succeed: (itemId: string, at: string) => void;
  failed: (itemId: string, code: RepositoryErrorCode) => void;
  reset: () => void;
}

/** UI state only: what the autosave is doing right now. Records live in Dexie. */
export const useSaveStatus = create<SaveStatusState>((set) => ({
  items: {},
  pending: 0,
  inFlight: {},
  lastSavedAt: null,
  begin: (itemId) =>
    set((s) => ({
      items: { ...s.items, [itemId]: { kind: 'saving' } },
      pending: s.pending + 1,
      inFlight: { ...s.inFlight, [itemId]: (s.inFlight[itemId] ?? 0) + 1 },
    })),
  succeed: (itemId, at) =>
    set((s) => {
      const left = (s.inFlight[itemId] ?? 1) - 1;
      // An earlier write landing while a later one is in flight must not say "saved" for the later value.
      const state: ItemSaveState = left > 0 ? { kind: 'saving' } : { kind: 'saved', at };
      const keep = s.items[itemId]?.kind === 'failed' && left > 0;
      return {
        items: keep ? s.items : { ...s.items, [itemId]: state },
        pending: s.pending - 1,
        inFlight: { ...s.inFlight, [itemId]: left },
        lastSavedAt: at,
      };
    }),
  failed: (itemId, code) =>
    set((s) => ({
      items: { ...s.items, [itemId]: { kind: 'failed', code } },
      pending: s.pending - 1,
      inFlight: { ...s.inFlight, [itemId]: (s.inFlight[itemId] ?? 1) - 1 },
    })),
  reset: () => set({ items: {}, pending: 0, inFlight: {}, lastSavedAt: null }),
}));
