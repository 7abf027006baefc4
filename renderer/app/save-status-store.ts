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
  lastSavedAt: null,
  begin: (itemId) => set((s) => ({ items: { ...s.items, [itemId]: { kind: 'saving' } }, pending: s.pending + 1 })),
  succeed: (itemId, at) =>
    set((s) => ({ items: { ...s.items, [itemId]: { kind: 'saved', at } }, pending: s.pending - 1, lastSavedAt: at })),
  failed: (itemId, code) => set((s) => ({ items: { ...s.items, [itemId]: { kind: 'failed', code } }, pending: s.pending - 1 })),
  reset: () => set({ items: {}, pending: 0, lastSavedAt: null }),
}));
