import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import type { SealBlocker } from '../../shared/seal/seal-readiness';
import { fieldDatabase } from '../db';
import { deviceKey } from '../db/repositories/device-key';
import { sealInspection, type SealProgress } from '../db/repositories/seal';
import { webSubtle } from '../app/web-crypto';
import { useRepositoryAction } from '../findings/use-repository-action';

/** "Chốt và khóa biên bản": refused with the reasons while anything blocks it; shows progress while hashing evidence. */
export function SealAction({ inspection, blockers }: { inspection: Inspection; blockers: readonly SealBlocker[] }) {
  const { t } = useTranslation();
  const { run, error, busy } = useRepositoryAction();
  const [progress, setProgress] = useState<SealProgress | null>(null);
  const [tried, setTried] = useState(false);
  const seal = () => {
    setTried(true);
    if (blockers.length > 0) return;
    if (!window.confirm(t('seal.confirm'))) return;
    void run(async () => {
      const db = fieldDatabase();
      const key = await deviceKey(db, webSubtle);
      await sealInspection(db, webSubtle, key, inspection.id, undefined, setProgress);
    }).finally(() => setProgress(null));
  };
  return (
    <section className="panel seal-action" aria-labelledby="seal-title">
      <h2 id="seal-title">{t('seal.title')}</h2>
      <p className="muted">{t('seal.explain')}</p>
      <button type="button" className="primary" onClick={seal} disabled={busy} aria-describedby="seal-blocked">
        {t('lifecycle.seal')}
      </button>
      {tried && blockers.length > 0 && (
        <p id="seal-blocked" className="form-error" role="alert">{t('seal.blockedMessage', { count: blockers.length })}</p>
      )}
      {progress && (
        <p role="status" className="muted">
          {t(`seal.progress.${progress.phase}`, { done: progress.done, total: progress.total })}
        </p>
      )}
      {error && <p className="form-error" role="alert">{error}</p>}
    </section>
  );
}
