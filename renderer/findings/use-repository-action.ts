import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RepositoryError } from '../db/repositories/repository-error';
import { useUiStore } from '../app/ui-store';

/**
 * Runs one repository write for a form: a refused input is shown beside the
 * form (localized by its code and detail); storage failures go to the global banner.
 */
export function useRepositoryAction() {
  const { t } = useTranslation();
  const reportWriteError = useUiStore((s) => s.reportWriteError);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback(
    async (write: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      try {
        await write();
        setError(null);
        reportWriteError(null);
        return true;
      } catch (caught) {
        const code = caught instanceof RepositoryError ? caught.code : 'write_failed';
        if (code === 'quota_exceeded' || code === 'write_failed') reportWriteError(code);
        const detail = caught instanceof RepositoryError ? caught.message.split(': ')[1] : undefined;
        setError(t(`refusal.${code}`, { detail: detail ?? '' }));
        return false;
      } finally {
        setBusy(false);
      }
    },
    [reportWriteError, t],
  );
  return { run, error, busy };
}
