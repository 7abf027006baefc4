import { useCallback, useEffect, useState } from 'react';
import { HqApiError, hqJson } from './api';
import { useHqSession } from './session-store';

export type HqQuery<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'error'; readonly code: string }
  | { readonly state: 'ready'; readonly data: T };

/**
 * GETs `path` (null: nothing yet) and keeps the answer; `reload` asks again.
 * A `no_session` answer signs the workspace out (the session expired).
 */
export function useHqQuery<T>(path: string | null): { query: HqQuery<T>; reload: () => void } {
  const [query, setQuery] = useState<{ path: string | null; result: HqQuery<T> }>({ path, result: { state: 'loading' } });
  const [generation, setGeneration] = useState(0);
  const expire = useHqSession((s) => s.expire);

  useEffect(() => {
    if (path === null) return;
    let live = true;
    hqJson<T>(path).then(
      (data) => {
        if (live) setQuery({ path, result: { state: 'ready', data } });
      },
      (error: unknown) => {
        if (!live) return;
        const code = error instanceof HqApiError ? error.code : 'internal';
        if (code === 'no_session') expire();
        setQuery({ path, result: { state: 'error', code } });
      },
    );
    return () => {
      live = false;
    };
  }, [path, generation, expire]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  // A new path shows "loading" at once rather than the previous path's answer.
  return { query: query.path === path ? query.result : { state: 'loading' }, reload };
}
