import { useTranslation } from 'react-i18next';
import type { RecommendationKind } from '../../shared/domain/finding';
import type { FindingRecord } from '../../shared/domain/finding-record';
import type { Locale } from '../../shared/domain/localized';
import { needsApprover } from '../../shared/bundle/decision';
import type { StoredDecision } from '../db';
import { formatDateTime } from '../i18n/format';
import type { FindingDecisionView } from '../sync/decision-view';

/** One decision's outcome in words: approved (the kind), changed to (the kind), rejected. */
export function useOutcomeText() {
  const { t } = useTranslation();
  const label = (kind: RecommendationKind | null | undefined) => (kind ? t(`recommendation.kind.${kind}`) : t('recommendation.none'));
  return (decision: Pick<StoredDecision, 'outcome' | 'changedTo'>, recommended: RecommendationKind | null): string =>
    decision.outcome === 'reject'
      ? t('decision.outcome.reject')
      : t(`decision.outcome.${decision.outcome}`, { kind: label(decision.outcome === 'change' ? decision.changedTo : recommended) });
}

/** HQ's word on one finding of a sealed record: outcome, reason, when, who confirmed, and what it replaced. */
export function DecisionPanel({ finding, view }: { finding: FindingRecord; view: FindingDecisionView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const outcomeText = useOutcomeText();
  const { current, recommended, superseded } = view;
  const titleId = `decision-${finding.id}`;
  return (
    <section className="panel decision" aria-labelledby={titleId} data-testid="decision-panel">
      <h3 id={titleId}>{t('decision.title')}</h3>
      <p>
        <span className="muted">{t('decision.recommended')}</span>{' '}
        <strong>{recommended ? t(`recommendation.kind.${recommended}`) : t('recommendation.none')}</strong>
      </p>
      {current ? (
        <>
          <p className={`decision-outcome ${current.outcome}`}><strong>{outcomeText(current, recommended)}</strong></p>
          <p><span className="muted">{t('decision.reason')}</span> <q>{current.reason}</q></p>
          <p className="muted">{t('decision.decidedAt', { time: formatDateTime(current.decidedAt, locale) })}</p>
          {current.approvedAt !== undefined && <p>{t('decision.approvedAt', { time: formatDateTime(current.approvedAt, locale) })}</p>}
          {current.approvedAt === undefined && !view.missingApproval && !needsApprover(view.decidedKind) && <p className="muted">{t('decision.noApprover')}</p>}
          {view.missingApproval && <p className="note warn" role="note">{t('decision.missingApproval')}</p>}
          {finding.kind === 'violation' && <p className="note" role="note">{view.status === 'closed' ? t('decision.closed') : t('decision.stillOpen')}</p>}
          <p className="muted small">{t('decision.signed')}</p>
        </>
      ) : (
        <p className={superseded.length > 0 ? 'note warn' : 'muted'}>
          {recommended === null ? t('decision.noRecommendation') : superseded.length > 0 ? t('decision.withdrawn') : t('decision.pending')}
        </p>
      )}
      {superseded.length > 0 && (
        <details className="decision-history">
          <summary>{t('decision.previous', { count: superseded.length })}</summary>
          <ul>
            {superseded.map((d) => (
              <li key={d.id}>
                {t('decision.previousItem', {
                  outcome: outcomeText(d, recommended),
                  decided: formatDateTime(d.decidedAt, locale),
                  superseded: d.supersededAt === undefined ? '' : formatDateTime(d.supersededAt, locale),
                })}
                <br />
                <q>{d.reason}</q>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The list row's few words: what HQ decided, or that it is awaited. */
export function DecisionShort({ view }: { view: FindingDecisionView | undefined }) {
  const { t } = useTranslation();
  if (!view || view.recommended === null) return null;
  const { current } = view;
  if (!current) return <span className="decision-short pending">{t('decision.short.pending')}</span>;
  const text =
    current.outcome === 'change'
      ? t('decision.short.change', { kind: current.changedTo ? t(`recommendation.kind.${current.changedTo}`) : t('recommendation.none') })
      : t(`decision.short.${current.outcome}`);
  return <span className={`decision-short ${current.outcome}`}>{text}</span>;
}
