import { useState } from 'react';
import { hqJson } from './api';
import { hqRefusal } from './use-hq-data';

/**
 * A state-changing call (POST with `X-IK-HQ`) from a button: `busy` while it
 * runs, the refusal code if HQ said no, and `onDone` when HQ accepted it.
 */
export function useHqAction(onDone: () => void): { busy: boolean; error: string | null; post: (path: string) => Promise<void> } {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const post = async (path: string) => {
    setBusy(true);
    setError(null);
    try {
      await hqJson(path, { method: 'POST', json: {} });
      onDone();
    } catch (e) {
      setError(hqRefusal(e).code);
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, post };
}
