import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Inspection } from '../../shared/domain/inspection';
import type { SealBlocker } from '../../shared/seal/seal-readiness';
import { useWorkspaceDb, useWorkspaceMode } from '../db/workspace-db';
import { deviceKey } from '../db/repositories/device-key';
import { sealInspection, type SealProgress } from '../db/repositories/seal';
import { webSubtle } from '../app/web-crypto';
import { useRepositoryAction } from '../findings/use-repository-action';

/**
 * "Chốt và khóa biên bản": refused with the reasons while anything blocks it; shows progress while hashing evidence.
 * In training there is no seal (it would queue a bundle for HQ): the panel says so where the button would be.
 */
export function SealAction({ inspection, blockers }: { inspection: Inspection; blockers: readonly SealBlocker[] }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const mode = useWorkspaceMode();
  const { run, error, busy } = useRepositoryAction();
  const [progress, setProgress] = useState<SealProgress | null>(null);
  const [tried, setTried] = useState(false);
  const seal = () => {
    setTried(true);
    if (blockers.length > 0) return;
    if (!window.confirm(t('seal.confirm'))) return;
    void run(async () => {
      const key = await deviceKey(db, webSubtle);
      await sealInspection(db, webSubtle, key, inspection.id, undefined, setProgress);
    }).finally(() => setProgress(null));
  };
  if (mode === 'training') {
    return (
      <section className="panel seal-action" aria-labelledby="seal-title">
        <h2 id="seal-title">{t('seal.title')}</h2>
        <p className="note" role="note" data-testid="training-no-seal">{t('seal.trainingNote')}</p>
      </section>
    );
  }
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
