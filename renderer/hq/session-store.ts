import { create } from 'zustand';
import { HqApiError, hqJson } from './api';

export type HqRole = 'reviewer' | 'approver' | 'admin';

export interface HqUser {
  readonly id: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: HqRole;
}

const RANK: Readonly<Record<HqRole, number>> = { reviewer: 0, approver: 1, admin: 2 };

/** Whether `user` holds at least `minimum` (reviewer < approver < admin), as HQ checks it. */
export const hasRole = (user: HqUser | null, minimum: HqRole): boolean => user !== null && RANK[user.role] >= RANK[minimum];

type SessionState =
  | { readonly status: 'checking' }
  | { readonly status: 'signed_out'; readonly expired: boolean }
  | { readonly status: 'signed_in'; readonly user: HqUser };

interface HqSessionStore {
  session: SessionState;
  /** Asks HQ who the cookie belongs to (on start). */
  check: () => Promise<void>;
  signIn: (username: string, password: string) => Promise<void>;
  signOut: () => Promise<void>;
  /** A call answered `no_session`: the session expired or was revoked while the page was open. */
  expire: () => void;
}

/** The signed-in HQ user; the cookie itself is HttpOnly, so HQ is the only one who knows. */
export const useHqSession = create<HqSessionStore>((set) => ({
  session: { status: 'checking' },
  check: async () => {
    try {
      const { user } = await hqJson<{ user: HqUser }>('/v1/hq/session');
      set({ session: { status: 'signed_in', user } });
    } catch (error) {
      if (error instanceof HqApiError && error.code === 'no_session') set({ session: { status: 'signed_out', expired: false } });
      else throw error;
    }
  },
  signIn: async (username, password) => {
    const { user } = await hqJson<{ user: HqUser }>('/v1/hq/session', { method: 'POST', json: { username, password } });
    set({ session: { status: 'signed_in', user } });
  },
  signOut: async () => {
    await hqJson<undefined>('/v1/hq/session', { method: 'DELETE' }).catch((error: unknown) => {
      // Already gone is what we wanted.
      if (!(error instanceof HqApiError && error.code === 'no_session')) throw error;
    });
    set({ session: { status: 'signed_out', expired: false } });
  },
  expire: () => set({ session: { status: 'signed_out', expired: true } }),
}));

/** The signed-in user (pages under the shell only render when there is one). */
export function useHqUser(): HqUser | null {
  return useHqSession((s) => (s.session.status === 'signed_in' ? s.session.user : null));
}
