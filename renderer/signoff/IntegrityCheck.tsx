import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntegrityReport } from '../../shared/seal/integrity';
import { useWorkspaceDb } from '../db/workspace-db';
import { verifyIntegrity } from '../db/repositories/integrity';
import { webSubtle } from '../app/web-crypto';

/** "Kiểm tra tính toàn vẹn": re-reads everything and checks chain, row, evidence, seal and addenda. */
export function IntegrityCheck({ inspectionId }: { inspectionId: string }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [report, setReport] = useState<IntegrityReport | null>(null);
  const [running, setRunning] = useState(false);
  const [failed, setFailed] = useState(false);
  const verify = async () => {
    setRunning(true);
    setFailed(false);
    try {
      setReport(await verifyIntegrity(db, webSubtle, inspectionId));
    } catch {
      setFailed(true);
    } finally {
      setRunning(false);
    }
  };
  return (
    <div className="integrity">
      <button type="button" onClick={() => void verify()} disabled={running}>{running ? t('integrity.running') : t('integrity.verify')}</button>
      {failed && <p className="form-error" role="alert">{t('integrity.couldNotRun')}</p>}
      {report && (
        <div className={`integrity-report ${report.ok ? 'ok' : 'bad'}`} role="status" aria-live="polite">
          <p><strong>{report.ok ? t('integrity.ok') : t('integrity.bad')}</strong></p>
          <ul>
            {report.checks.map((check) => (
              <li key={check.id} className={check.ok ? 'ok' : 'bad'}>
                <span aria-hidden="true">{check.ok ? '✓' : '✗'}</span> {t(`integrity.check.${check.id}`)}
                {!check.ok && check.detail ? <code> {check.detail}</code> : null}
              </li>
            ))}
          </ul>
          {report.sealedOnThisDevice !== null && (
            <p className="muted">{report.sealedOnThisDevice ? t('integrity.thisDevice') : t('integrity.otherDevice')}</p>
          )}
        </div>
      )}
    </div>
  );
}
