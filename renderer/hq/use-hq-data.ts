import { useEffect, useState } from 'react';
import { HqApiError, hqJson } from './api';
import { useHqSession } from './session-store';

export interface HqData<T> {
  readonly data: T | undefined;
  readonly error: HqApiError | undefined;
  readonly loading: boolean;
  readonly reload: () => void;
}

interface Loaded<T> {
  readonly key: string;
  readonly data?: T;
  readonly error?: HqApiError;
}

/**
 * Anything thrown while talking to HQ, as an HqApiError (an unexpected throw is
 * `internal`). `no_session` means the session ended while the page was open:
 * the shell then shows the sign-in form.
 */
export function hqRefusal(error: unknown): HqApiError {
  const refusal = error instanceof HqApiError ? error : new HqApiError('internal', 0);
  if (refusal.code === 'no_session') useHqSession.getState().expire();
  return refusal;
}

/**
 * GET one HQ path (`null`: nothing to load yet). The answer is kept with the path
 * it answers, so a new path shows loading at once instead of the previous data.
 */
export function useHqData<T>(path: string | null): HqData<T> {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const key = `${attempt} ${path ?? ''}`;
  useEffect(() => {
    if (path === null) return;
    let live = true;
    hqJson<T>(path).then(
      (data) => { if (live) setLoaded({ key, data }); },
      (error: unknown) => { if (live) setLoaded({ key, error: hqRefusal(error) }); },
    );
    return () => { live = false; };
  }, [key, path]);
  const current = loaded?.key === key ? loaded : null;
  return {
    data: current?.data,
    error: current?.error,
    loading: path !== null && current === null,
    reload: () => setAttempt((n) => n + 1),
  };
}
