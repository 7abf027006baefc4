import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Inspection } from '../../shared/domain/inspection';
import { isSealed } from '../../shared/lifecycle/inspection-lifecycle';
import { itemsInForce } from '../../shared/catalogue';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import { sealBlockers } from '../../shared/seal/seal-readiness';
import type { StoredTemplate } from '../db';
import { useWorkspaceDb } from '../db/workspace-db';
import { changeStatus } from '../db/repositories/inspections';
import { recordOfficeHeadRefusal, signAsLead, signAsOfficeHead, withdrawSignatures } from '../db/repositories/sign-off';
import { useFindingsData } from '../findings/use-findings-data';
import { useRepositoryAction } from '../findings/use-repository-action';
import { ReviewSummary } from './ReviewSummary';
import { SignatureCard } from './SignatureCard';
import { OfficeHeadRefusal } from './OfficeHeadRefusal';
import { SealAction } from './SealAction';
import { SealedPanel } from './SealedPanel';
import './signoff.css';

/** Review, sign-off by the lead inspector and the office head, then the seal; after it, integrity and addenda. */
export function SignOffTab({ inspection, template }: { inspection: Inspection; template: StoredTemplate }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const { findings, answers, officials } = useFindingsData(inspection);
  const signOff = useLiveQuery(() => db.signOffs.get(inspection.id), [db, inspection.id]);
  const items = useMemo(() => itemsInForce(template, vietnamDate(inspection.arrivalAt)), [template, inspection.arrivalAt]);
  const { run, error, busy } = useRepositoryAction();
  const [headMode, setHeadMode] = useState<'sign' | 'refuse'>('sign');
  if (findings === undefined || officials === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;

  const blockers = sealBlockers({ status: inspection.status, findings, signOff });
  const id = inspection.id;
  const inReview = inspection.status === 'review';
  const head = signOff?.officeHead ?? null;

  if (isSealed(inspection.status)) return <SealedPanel inspection={inspection} />;

  return (
    <div className="signoff">
      <ReviewSummary inspection={inspection} items={items} answers={answers} findings={findings} officials={officials} blockers={blockers} />
      {(inspection.status === 'draft' || inspection.status === 'in_progress') && (
        <section className="panel">
          <p>{t('signoff.submitFirst')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => void run(async () => { await changeStatus(db, id, 'submit_for_review', inspection.team.lead); })}>
            {t('lifecycle.submit_for_review')}
          </button>
        </section>
      )}
      {(inReview || inspection.status === 'signed') && (
        <section className="panel signatures" aria-labelledby="signatures-title">
          <h2 id="signatures-title">{t('signoff.title')}</h2>
          <p className="muted">{t('signoff.intro')}</p>
          <div className="signature-grid">
            <SignatureCard
              id="lead"
              title={t('signoff.lead')}
              defaultName={inspection.team.lead}
              defaultPosition={t('signoff.leadPosition')}
              signed={signOff?.lead ?? null}
              editable={inReview}
              busy={busy}
              onSign={(input) => void run(async () => { await signAsLead(db, id, input); })}
            />
            <div>
              {head === null && inReview && (
                <fieldset className="radio-row">
                  <legend>{t('signoff.officeHead')}</legend>
                  <label><input type="radio" name="head-mode" checked={headMode === 'sign'} onChange={() => setHeadMode('sign')} /> {t('signoff.headSigns')}</label>
                  <label><input type="radio" name="head-mode" checked={headMode === 'refuse'} onChange={() => setHeadMode('refuse')} /> {t('signoff.headRefuses')}</label>
                </fieldset>
              )}
              {head?.type === 'refused' || (head === null && headMode === 'refuse') ? (
                <OfficeHeadRefusal refused={head?.type === 'refused' ? head : null} editable={inReview} busy={busy} onRecord={(input) => void run(async () => { await recordOfficeHeadRefusal(db, id, input); })} />
              ) : (
                <SignatureCard
                  id="office-head"
                  title={t('signoff.officeHead')}
                  defaultName=""
                  defaultPosition={t('signoff.headPosition')}
                  signed={head?.type === 'signed' ? head : null}
                  editable={inReview}
                  busy={busy}
                  onSign={(input) => void run(async () => { await signAsOfficeHead(db, id, input); })}
                />
              )}
            </div>
          </div>
          <div className="form-actions">
            {(signOff?.lead ?? signOff?.officeHead) && (
              <button type="button" disabled={busy} onClick={() => window.confirm(t('signoff.confirmWithdraw')) && void run(async () => { await withdrawSignatures(db, id); })}>
                {t('lifecycle.withdraw_signatures')}
              </button>
            )}
            {inReview && (
              <button type="button" disabled={busy} onClick={() => void run(async () => { await changeStatus(db, id, 'reopen', inspection.team.lead); })}>
                {t('lifecycle.reopen')}
              </button>
            )}
          </div>
          {error && <p className="form-error" role="alert">{error}</p>}
        </section>
      )}
      <SealAction inspection={inspection} blockers={blockers} />
    </div>
  );
}
