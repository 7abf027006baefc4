import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { Official } from '../../shared/domain/roster';
import { useWorkspaceDb } from '../db/workspace-db';
import { recordExplanation, recordProtectionClaim } from '../db/repositories/findings';
import { formatDateTime } from '../i18n/format';
import type { Locale } from '../../shared/domain/localized';
import { useRepositoryAction } from './use-repository-action';

type Mode = 'given' | 'refused';

/**
 * Due process: the official's own explanation, or their refusal before a
 * witness; and a Decree 73/2023 protection claim that travels with the recommendation.
 */
export function DueProcessPanel({ finding, official, editable }: { finding: FindingRecord; official: Official; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const explanation = finding.explanation;
  const [mode, setMode] = useState<Mode>(explanation?.type ?? 'given');
  const [text, setText] = useState(explanation?.type === 'given' ? explanation.text : '');
  const [witness, setWitness] = useState(explanation?.type === 'refused' ? explanation.witness : { name: '', position: '' });
  const [note, setNote] = useState(explanation?.type === 'refused' ? explanation.note : '');
  const claim = finding.protectionClaim;
  const [claimOpen, setClaimOpen] = useState(claim !== null);
  const [claimForm, setClaimForm] = useState({ proposal: claim?.proposal ?? '', approvedBy: claim?.approvedBy ?? '', approvedOn: claim?.approvedOn ?? '', grounds: claim?.grounds ?? '' });
  const db = useWorkspaceDb();
  const explanationAction = useRepositoryAction();
  const claimAction = useRepositoryAction();
  const id = finding.id;

  const saveExplanation = () =>
    explanationAction.run(async () => {
      await recordExplanation(db, id, mode === 'given' ? { type: 'given', text } : { type: 'refused', witness, note });
    });
  const saveClaim = () =>
    claimAction.run(async () => {
      await recordProtectionClaim(db, id, claimOpen ? claimForm : null);
    });

  return (
    <section className="panel due-process" aria-labelledby={`dp-${id}`}>
      <h3 id={`dp-${id}`}>{t('dueProcess.title', { name: official.fullName })}</h3>
      <p className={explanation ? 'status-line ok' : 'status-line warn'} role="status">
        {explanation
          ? t(`dueProcess.recorded.${explanation.type}`, { time: formatDateTime(explanation.recordedAt, locale) })
          : t('dueProcess.notRecorded')}
      </p>
      <fieldset disabled={!editable}>
        <fieldset className="radio-row">
          <legend>{t('dueProcess.mode')}</legend>
          <label><input type="radio" name={`dp-mode-${id}`} checked={mode === 'given'} onChange={() => setMode('given')} /> {t('dueProcess.given')}</label>
          <label><input type="radio" name={`dp-mode-${id}`} checked={mode === 'refused'} onChange={() => setMode('refused')} /> {t('dueProcess.refused')}</label>
        </fieldset>
        {mode === 'given' ? (
          <div className="field">
            <label htmlFor={`dp-text-${id}`}>{t('dueProcess.explanation')}</label>
            <textarea id={`dp-text-${id}`} rows={4} value={text} onChange={(e) => setText(e.target.value)} />
          </div>
        ) : (
          <div className="field-row">
            <div className="field">
              <label htmlFor={`dp-wname-${id}`}>{t('dueProcess.witnessName')}</label>
              <input id={`dp-wname-${id}`} value={witness.name} onChange={(e) => setWitness({ ...witness, name: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`dp-wpos-${id}`}>{t('dueProcess.witnessPosition')}</label>
              <input id={`dp-wpos-${id}`} value={witness.position} onChange={(e) => setWitness({ ...witness, position: e.target.value })} />
            </div>
            <div className="field wide">
              <label htmlFor={`dp-note-${id}`}>{t('dueProcess.refusalNote')}</label>
              <textarea id={`dp-note-${id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
            </div>
          </div>
        )}
        {editable && (
          <div className="form-actions">
            <button type="button" className="primary" onClick={() => void saveExplanation()} disabled={explanationAction.busy}>{t('dueProcess.save')}</button>
          </div>
        )}
        {explanationAction.error && <p className="form-error" role="alert">{explanationAction.error}</p>}

        <h4>{t('dueProcess.claimTitle')}</h4>
        {claim && <p className="status-line ok" role="status">{t('dueProcess.claimRecorded', { time: formatDateTime(claim.recordedAt, locale) })}</p>}
        <label className="checkbox">
          <input type="checkbox" checked={claimOpen} onChange={(e) => setClaimOpen(e.target.checked)} />
          <span>{t('dueProcess.claimToggle')}</span>
        </label>
        {claimOpen && (
          <div className="field-row">
            <div className="field wide">
              <label htmlFor={`claim-proposal-${id}`}>{t('dueProcess.claimProposal')}</label>
              <textarea id={`claim-proposal-${id}`} rows={2} value={claimForm.proposal} onChange={(e) => setClaimForm({ ...claimForm, proposal: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`claim-by-${id}`}>{t('dueProcess.claimApprovedBy')}</label>
              <input id={`claim-by-${id}`} value={claimForm.approvedBy} onChange={(e) => setClaimForm({ ...claimForm, approvedBy: e.target.value })} />
            </div>
            <div className="field">
              <label htmlFor={`claim-on-${id}`}>{t('dueProcess.claimApprovedOn')}</label>
              <input id={`claim-on-${id}`} type="date" value={claimForm.approvedOn} onChange={(e) => setClaimForm({ ...claimForm, approvedOn: e.target.value })} />
            </div>
            <div className="field wide">
              <label htmlFor={`claim-grounds-${id}`}>{t('dueProcess.claimGrounds')}</label>
              <textarea id={`claim-grounds-${id}`} rows={3} value={claimForm.grounds} onChange={(e) => setClaimForm({ ...claimForm, grounds: e.target.value })} />
            </div>
          </div>
        )}
        {editable && (claimOpen || claim !== null) && (
          <div className="form-actions">
            <button type="button" onClick={() => void saveClaim()} disabled={claimAction.busy}>{claimOpen ? t('dueProcess.claimSave') : t('dueProcess.claimWithdraw')}</button>
          </div>
        )}
        {claimAction.error && <p className="form-error" role="alert">{claimAction.error}</p>}
      </fieldset>
    </section>
  );
}
