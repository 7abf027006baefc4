import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingRecord } from '../../shared/domain/finding-record';
import { RecommendationKind } from '../../shared/domain/finding';
import type { Locale } from '../../shared/domain/localized';
import { requiresExplanation } from '../../shared/rules';
import { useWorkspaceDb } from '../db/workspace-db';
import { setRecommendationOverride } from '../db/repositories/findings';
import { CitationChips } from '../field/CitationChips';
import { useRepositoryAction } from './use-repository-action';

/** The rules' proposal, why, and the inspector's override with its mandatory reason; both are kept. */
export function RecommendationPanel({ finding, editable }: { finding: FindingRecord; editable: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const db = useWorkspaceDb();
  const { run, error, busy } = useRepositoryAction();
  const { proposal, override } = finding;
  const [kind, setKind] = useState<string>(override ? (override.kind ?? 'none') : (proposal.kind ?? 'none'));
  const [reason, setReason] = useState(override?.reason ?? '');
  const save = () =>
    run(async () => {
      await setRecommendationOverride(db, finding.id, { kind: kind === 'none' ? null : kind, reason });
    });
  const revert = () =>
    run(async () => {
      await setRecommendationOverride(db, finding.id, null);
      setKind(proposal.kind ?? 'none');
      setReason('');
    });
  const label = (k: string | null) => (k === null || k === 'none' ? t('recommendation.none') : t(`recommendation.kind.${k}`));
  return (
    <section className="panel recommendation" aria-labelledby={`rec-${finding.id}`}>
      <h3 id={`rec-${finding.id}`}>{t('recommendation.title')}</h3>
      <p>
        <span className="muted">{t('recommendation.proposed')}</span> <strong className="rec-kind">{label(proposal.kind)}</strong>
        {proposal.ruleId && <span className="muted"> · {t('recommendation.rule', { rule: proposal.ruleId })}</span>}
      </p>
      <p>{proposal.reason[locale]}</p>
      {proposal.citations.length > 0 && <CitationChips keys={proposal.citations} />}
      {proposal.blockedCommendation && (
        <p className="note warn" role="note">
          {t('recommendation.blocked', { kind: label(proposal.blockedCommendation.kind) })} {proposal.blockedCommendation.reason[locale]}
        </p>
      )}
      {override && (
        <p className="note">
          {t('recommendation.overridden', { kind: label(override.kind), by: override.by })} <q>{override.reason}</q>
        </p>
      )}
      {requiresExplanation(override ? override.kind : proposal.kind) && finding.subject.type === 'official' && (
        <p className="note" role="note">{t('recommendation.needsExplanation')}</p>
      )}
      {editable && (
        <details className="override" open={override !== null}>
          <summary>{t('recommendation.change')}</summary>
          <div className="field">
            <label htmlFor={`override-kind-${finding.id}`}>{t('recommendation.overrideKind')}</label>
            <select id={`override-kind-${finding.id}`} value={kind} onChange={(e) => setKind(e.target.value)}>
              <option value="none">{t('recommendation.none')}</option>
              {RecommendationKind.options.map((k) => <option key={k} value={k}>{label(k)}</option>)}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`override-reason-${finding.id}`}>{t('recommendation.reason')}</label>
            <textarea id={`override-reason-${finding.id}`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </div>
          <div className="form-actions">
            {override && <button type="button" onClick={() => void revert()} disabled={busy}>{t('recommendation.revert')}</button>}
            <button type="button" className="primary" onClick={() => void save()} disabled={busy}>{t('recommendation.saveOverride')}</button>
          </div>
          {error && <p className="form-error" role="alert">{error}</p>}
        </details>
      )}
    </section>
  );
}
