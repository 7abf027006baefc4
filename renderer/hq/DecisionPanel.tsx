import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { needsApprover } from '../../shared/bundle/decision';
import { RecommendationKind } from '../../shared/domain/finding';
import type { Locale } from '../../shared/domain/localized';
import { formatDateTime } from '../i18n/format';
import { FieldError } from '../field/FieldError';
import { hqJson } from './api';
import { HqErrorMessage } from './HqStatus';
import { useHqAction } from './use-hq-action';
import { hqRefusal } from './use-hq-data';
import { currentDecision, type DecisionView, type FindingView, type InspectionDetail } from './inspection-detail';
import { hasRole, useHqUser } from './session-store';

const DecisionForm = z
  .object({
    outcome: z.enum(['approve', 'change', 'reject'], { message: 'hq.decision.outcomeRequired' }),
    changedTo: z.string(),
    reason: z.string().trim().min(5, 'hq.decision.reasonTooShort').max(2000, 'hq.decision.reasonTooLong'),
  })
  .refine((form) => form.outcome !== 'change' || RecommendationKind.safeParse(form.changedTo).success, { path: ['changedTo'], message: 'hq.decision.changedToRequired' });
type DecisionForm = z.infer<typeof DecisionForm>;

interface Props {
  readonly inspection: InspectionDetail;
  readonly finding: FindingView;
  /** Called after HQ accepted a change, so the page reloads the inspection. */
  readonly onChanged: () => void;
}

/** HQ's decision on one finding's recommendation: what was decided, or the form to decide it, and the approver's step. */
export function DecisionPanel({ inspection, finding, onChanged }: Props) {
  const { t } = useTranslation();
  const effective = finding.recommendation.effective;
  const current = currentDecision(finding);
  const history = finding.decisions.filter((d) => d.state === 'superseded');
  const open = inspection.reviewStatus === 'under_review' || inspection.reviewStatus === 'reopened';

  return (
    <section className="hq-decision" aria-label={t('hq.decision.title')}>
      <h5>{t('hq.decision.title')}</h5>
      {effective === null ? (
        <p className="muted">{t('hq.decision.noRecommendation')}</p>
      ) : current !== undefined ? (
        <>
          <CurrentDecision inspectionId={inspection.id} findingId={finding.id} decision={current} onChanged={onChanged} />
          {/* HQ lets a pending decision be replaced, and a released one once an approver has reopened the inspection. */}
          {open && (current.state === 'pending_approval' || inspection.reviewStatus === 'reopened') && (
            <details className="hq-decision-replace">
              <summary>{t('hq.decision.replace')}</summary>
              <DecisionFormView inspectionId={inspection.id} findingId={finding.id} effective={effective} onChanged={onChanged} />
            </details>
          )}
        </>
      ) : open ? (
        <DecisionFormView inspectionId={inspection.id} findingId={finding.id} effective={effective} onChanged={onChanged} />
      ) : (
        <p className="muted">{t('hq.decision.startReviewFirst')}</p>
      )}
      {history.length > 0 && (
        <details className="hq-decision-history">
          <summary>{t('hq.decision.history', { count: history.length })}</summary>
          <ul>
            {history.map((d) => (
              <li key={d.id}>
                <DecisionText decision={d} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function DecisionText({ decision }: { decision: DecisionView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return (
    <>
      <strong>{decision.outcome === 'change' && decision.changedTo !== null ? t('hq.decision.outcome.changeTo', { kind: t(`recommendation.kind.${decision.changedTo}`) }) : t(`hq.decision.outcome.${decision.outcome}`)}</strong>
      <span className="muted"> — {t('hq.decision.by', { user: decision.decidedBy.username, at: formatDateTime(decision.decidedAt, locale) })}</span>
      <p className="hq-reason">{decision.reason}</p>
      {decision.approvedBy !== null && decision.approvedAt !== null && (
        <p className="muted">{t('hq.decision.approvedBy', { user: decision.approvedBy.username, at: formatDateTime(decision.approvedAt, locale) })}</p>
      )}
    </>
  );
}

function CurrentDecision({ inspectionId, findingId, decision, onChanged }: { inspectionId: string; findingId: string; decision: DecisionView; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useHqUser();
  const { busy, error, post } = useHqAction(onChanged);
  const pending = decision.state === 'pending_approval';
  const canApprove = pending && hasRole(user, 'approver') && user?.id !== decision.decidedBy.id;
  const approve = () => post(`/v1/hq/inspections/${encodeURIComponent(inspectionId)}/findings/${encodeURIComponent(findingId)}/decision/approve`);

  return (
    <div className={`hq-decision-current ${pending ? 'hq-pending' : 'hq-released'}`}>
      <p className="hq-decision-state">{pending ? t('hq.decision.pending') : t('hq.decision.released')}</p>
      <DecisionText decision={decision} />
      {pending &&
        (canApprove ? (
          <button type="button" className="primary" disabled={busy} onClick={() => void approve()}>
            {t('hq.decision.approve')}
          </button>
        ) : (
          <p className="muted">{user?.id === decision.decidedBy.id ? t('hq.decision.otherApprover') : t('hq.decision.approverNeeded')}</p>
        ))}
      {error !== null && <HqErrorMessage error={error} />}
    </div>
  );
}

function DecisionFormView({ inspectionId, findingId, effective, onChanged }: { inspectionId: string; findingId: string; effective: RecommendationKind; onChanged: () => void }) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const { register, handleSubmit, control, formState } = useForm<DecisionForm>({
    resolver: zodResolver(DecisionForm),
    defaultValues: { outcome: undefined, changedTo: '', reason: '' },
  });
  const { errors, isSubmitting } = formState;
  const outcome = useWatch({ control, name: 'outcome' });
  const changedTo = useWatch({ control, name: 'changedTo' });
  const approverNeeded = needsApprover(effective) || (outcome === 'change' && needsApprover(RecommendationKind.safeParse(changedTo).data));
  const prefix = `hq-decision-${findingId}`;

  const submit = async (form: DecisionForm) => {
    setError(null);
    try {
      await hqJson(`/v1/hq/inspections/${encodeURIComponent(inspectionId)}/findings/${encodeURIComponent(findingId)}/decision`, {
        method: 'POST',
        json: { outcome: form.outcome, reason: form.reason, ...(form.outcome === 'change' ? { changedTo: form.changedTo } : {}) },
      });
      onChanged();
    } catch (e) {
      setError(hqRefusal(e).code);
    }
  };

  return (
    <form className="hq-decision-form" onSubmit={(event) => void handleSubmit(submit)(event)} noValidate>
      <fieldset aria-describedby={`${prefix}-outcome-error`}>
        <legend>{t('hq.decision.outcomeLabel', { kind: t(`recommendation.kind.${effective}`) })}</legend>
        {(['approve', 'change', 'reject'] as const).map((value) => (
          <label key={value} className="hq-radio">
            <input type="radio" value={value} {...register('outcome')} />
            <span>{t(`hq.decision.outcome.${value}`)}</span>
          </label>
        ))}
        <FieldError id={`${prefix}-outcome-error`} message={errors.outcome?.message} />
      </fieldset>
      {outcome === 'change' && (
        <label className="field">
          <span>{t('hq.decision.changedTo')}</span>
          <select aria-invalid={errors.changedTo ? true : undefined} aria-describedby={`${prefix}-changed-error`} {...register('changedTo')}>
            <option value="">{t('hq.decision.chooseKind')}</option>
            {RecommendationKind.options
              .filter((kind) => kind !== effective)
              .map((kind) => (
                <option key={kind} value={kind}>
                  {t(`recommendation.kind.${kind}`)}
                </option>
              ))}
          </select>
          <FieldError id={`${prefix}-changed-error`} message={errors.changedTo?.message} />
        </label>
      )}
      <label className="field">
        <span>{t('hq.decision.reason')}</span>
        <textarea rows={3} maxLength={2000} aria-invalid={errors.reason ? true : undefined} aria-describedby={`${prefix}-reason-error`} {...register('reason')} />
        <FieldError id={`${prefix}-reason-error`} message={errors.reason?.message} />
      </label>
      {approverNeeded && <p className="hq-notice">{t('hq.decision.needsApprover')}</p>}
      {error !== null && <HqErrorMessage error={error} />}
      <button type="submit" className="primary" disabled={isSubmitting}>
        {t('hq.decision.submit')}
      </button>
    </form>
  );
}
