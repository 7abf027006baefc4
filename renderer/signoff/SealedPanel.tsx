import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { fingerprint } from '../../shared/seal/seal';
import { useWorkspaceDb, useWorkspaceMode } from '../db/workspace-db';
import { addAddendum } from '../db/repositories/seal';
import { deviceKey } from '../db/repositories/device-key';
import { webSubtle } from '../app/web-crypto';
import { formatDateTime } from '../i18n/format';
import { useUiStore } from '../app/ui-store';
import { useRepositoryAction } from '../findings/use-repository-action';
import { IntegrityCheck } from './IntegrityCheck';
import { InspectionSyncPanel } from '../sync/ui/InspectionSyncPanel';
import './signoff.css';

/** After the seal: what was sealed, a way to check it, and corrections only as sealed addenda (none of which a rehearsal offers). */
export function SealedPanel({ inspection }: { inspection: Inspection }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const navigate = useUiStore((s) => s.navigate);
  const db = useWorkspaceDb();
  const training = useWorkspaceMode() === 'training';
  const stored = useLiveQuery(() => db.seals.get(inspection.id), [db, inspection.id]);
  const addenda = useLiveQuery(() => db.addenda.where('inspectionId').equals(inspection.id).sortBy('number'), [db, inspection.id]);
  const [text, setText] = useState('');
  const [reason, setReason] = useState('');
  const { run, error, busy } = useRepositoryAction();
  if (!stored || addenda === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;
  const add = () =>
    run(async () => {
      await addAddendum(db, webSubtle, await deviceKey(db, webSubtle), inspection.id, { text, reason });
      setText('');
      setReason('');
    });
  return (
    <div className="signoff">
      <section className="panel sealed" aria-labelledby="sealed-title">
        <h2 id="sealed-title">{t('seal.sealedTitle')}</h2>
        <p className="status-line ok">{t('seal.sealedAt', { time: formatDateTime(stored.seal.sealedAt, locale) })}</p>
        <dl className="seal-facts">
          <dt>{t('seal.fingerprint')}</dt><dd><code data-testid="seal-fingerprint">{fingerprint(stored.seal)}</code></dd>
          <dt>{t('seal.recordHash')}</dt><dd><code className="hash">{stored.seal.recordHash}</code></dd>
          <dt>{t('seal.deviceKey')}</dt><dd><code className="hash">{stored.seal.publicKey}</code></dd>
        </dl>
        <p className="muted">{t('seal.readOnly')}</p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={() => navigate({ name: 'inspection', id: inspection.id, tab: 'report' })}>{t('seal.printRecord')}</button>
        </div>
        <IntegrityCheck inspectionId={inspection.id} />
      </section>
      {training ? <p className="note" role="note">{t('seal.trainingNote')}</p> : <InspectionSyncPanel inspectionId={inspection.id} />}
      {!training && <section className="panel addenda" aria-labelledby="addenda-title">
        <h2 id="addenda-title">{t('addenda.title')}</h2>
        <p className="muted">{t('addenda.explain')}</p>
        {addenda.length === 0 ? <p className="muted">{t('addenda.none')}</p> : (
          <ol className="addenda-list">
            {addenda.map((a) => (
              <li key={a.id}>
                <p><strong>{t('addenda.number', { number: a.number })}</strong> · {formatDateTime(a.createdAt, locale)} · {a.author} · <code>{fingerprint(a.seal)}</code></p>
                <p>{a.text}</p>
                <p className="muted">{t('addenda.reasonLabel')} {a.reason}</p>
              </li>
            ))}
          </ol>
        )}
        <div className="field">
          <label htmlFor="addendum-text">{t('addenda.text')}</label>
          <textarea id="addendum-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="addendum-reason">{t('addenda.reason')}</label>
          <input id="addendum-reason" value={reason} onChange={(e) => setReason(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="button" className="primary" disabled={busy} onClick={() => void add()}>{t('addenda.add')}</button>
        </div>
        {error && <p className="form-error" role="alert">{error}</p>}
      </section>}
    </div>
  );
}
