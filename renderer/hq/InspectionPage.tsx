import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { findTemplate, itemsOf } from '../../shared/catalogue';
import { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { Locale } from '../../shared/domain/localized';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import { formatDateTime } from '../i18n/format';
import { ChecklistResults } from '../report/ChecklistResults';
import { FindingEntry, type ItemRef } from '../report/FindingEntry';
import { GeneralInfo } from '../report/ReportHeading';
import { SignOffSection } from '../report/SignOffSection';
import { evidenceFor, findingGroups, itemNumbers, type FindingGroup } from '../report/report-model';
import '../report/report.css';
import { DecisionPanel } from './DecisionPanel';
import { HqErrorMessage, HqLoading } from './HqStatus';
import { hqHash } from './hq-route';
import { decisionProgress, evidenceUrl, type InspectionDetail, type Integrity } from './inspection-detail';
import { ReviewStatusBadge } from './ReviewStatusBadge';
import { hasRole, useHqUser } from './session-store';
import { useHqData } from './use-hq-data';
import { useHqAction } from './use-hq-action';

/** One received inspection: everything in the bundle, its integrity, and HQ's decisions on its recommendations. */
export function InspectionPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useHqData<InspectionDetail>(`/v1/hq/inspections/${encodeURIComponent(id)}`);
  return (
    <section className="hq-inspection" aria-labelledby="hq-inspection-title">
      <p>
        <a href={hqHash({ name: 'inbox' })}>← {t('hq.inspection.back')}</a>
      </p>
      {loading && <HqLoading />}
      {error !== undefined && <HqErrorMessage error={error} onRetry={reload} />}
      {data !== undefined && <InspectionView detail={data} reload={reload} />}
    </section>
  );
}

function InspectionView({ detail, reload }: { detail: InspectionDetail; reload: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { record } = detail;
  const text = { t, locale };
  const published = ChecklistTemplate.safeParse(detail.template);
  const template = published.success ? published.data : findTemplate(detail.templateId, detail.templateVersion);
  const progress = decisionProgress(detail.findings);
  const groups = findingGroups(record);
  const findingViews = new Map(detail.findings.map((f) => [f.id, f]));
  const items = useMemo(() => {
    if (template === undefined) return new Map<string, ItemRef>();
    const numbers = itemNumbers(template, vietnamDate(record.inspection.arrivalAt));
    return new Map<string, ItemRef>(itemsOf(template).map((item) => [item.id, { number: numbers.get(item.id) ?? '—', prompt: item.prompt[locale] }]));
  }, [template, record.inspection.arrivalAt, locale]);
  const numbers = new Map(groups.flatMap((group) => group.findings).map((finding, index) => [finding.id, index + 1]));

  return (
    <>
      <div className="page-head hq-inspection-head">
        <div>
          <h1 id="hq-inspection-title">{record.office.name}</h1>
          <p className="muted">
            <a href={hqHash({ name: 'office', code: detail.officeCode })}>{detail.officeCode}</a> · {record.office.province} ·{' '}
            {t('hq.inspection.sealedReceived', { sealed: formatDateTime(detail.sealedAt, locale), received: formatDateTime(detail.receivedAt, locale) })}
          </p>
          <p>
            <ReviewStatusBadge status={detail.reviewStatus} />{' '}
            <span className="hq-progress">{t('hq.inspection.progress', { decided: progress.decided, total: progress.total })}</span>
          </p>
        </div>
        <ReviewActions detail={detail} onChanged={reload} />
      </div>
      <IntegrityPanel detail={detail} />
      <div className="inspection-report hq-record">
        {template === undefined ? (
          <p className="hq-notice">{t('hq.inspection.unknownTemplate', { id: detail.templateId, version: detail.templateVersion })}</p>
        ) : (
          <>
            <GeneralInfo record={record} template={template} {...text} />
            <ChecklistResults record={record} template={template} {...text} />
          </>
        )}
        <section className="ir-section">
          <h2>{t('hq.inspection.findings', { count: record.findings.length })}</h2>
          {groups.length === 0 && <p>{t('report.findings.empty')}</p>}
          {groups.map((group) => (
            <div key={group.key} className="ir-finding-group">
              <h3 className="ir-subject">
                <Subject group={group} officeName={record.office.name} />
              </h3>
              {group.findings.map((finding) => {
                const view = findingViews.get(finding.id);
                const evidence = evidenceFor(record, finding.id);
                return (
                  <div key={finding.id} className="hq-finding">
                    <FindingEntry finding={finding} number={numbers.get(finding.id) ?? 0} items={items} evidence={evidence} {...text} />
                    <EvidenceGallery inspectionId={detail.id} evidence={detail.evidence.filter((e) => e.findingId === finding.id)} />
                    {view !== undefined && <DecisionPanel inspection={detail} finding={view} onChanged={reload} />}
                  </div>
                );
              })}
            </div>
          ))}
        </section>
        <SignOffSection record={record} {...text} />
        {detail.addenda.length > 0 && (
          <section className="ir-section">
            <h2>{t('hq.inspection.addenda')}</h2>
            <ul>
              {detail.addenda.map((a) => (
                <li key={a.number}>
                  {t('hq.inspection.addendum', { number: a.number, at: formatDateTime(a.receivedAt, locale) })} — <IntegrityText integrity={a.integrity} />
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}

function Subject({ group, officeName }: { group: FindingGroup; officeName: string }) {
  const { t } = useTranslation();
  const subject = group.subject;
  if (subject.type === 'office') return <>{t('report.findings.officeGroup', { name: officeName })}</>;
  return (
    <a href={hqHash({ name: 'official', id: subject.officialId })}>
      {subject.official === undefined ? (
        t('report.findings.unknownOfficial', { id: subject.officialId })
      ) : (
        <>
          <span className="ir-person">{subject.official.fullName}</span>
          <span className="ir-person-role">
            {' '}
            — {subject.official.position}, {subject.official.unit}
          </span>
        </>
      )}
    </a>
  );
}

function IntegrityText({ integrity }: { integrity: Integrity }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`hq-check hq-check-${integrity.manifestSignature}`}>{t(`hq.integrity.signature.${integrity.manifestSignature}`)}</span>
      {' · '}
      <span className={`hq-check hq-check-${integrity.receiptSignature}`}>{t(`hq.integrity.receipt.${integrity.receiptSignature}`)}</span>
    </>
  );
}

function IntegrityPanel({ detail }: { detail: InspectionDetail }) {
  const { t } = useTranslation();
  const ok = detail.integrity.manifestSignature === 'verified' && detail.integrity.receiptSignature === 'verified';
  return (
    <section className={`hq-integrity ${ok ? 'hq-integrity-ok' : 'hq-integrity-bad'}`} aria-label={t('hq.integrity.title')}>
      <h2>{t('hq.integrity.title')}</h2>
      <p>
        <IntegrityText integrity={detail.integrity} />
      </p>
      <dl className="hq-integrity-facts">
        <div>
          <dt>{t('hq.integrity.recordHash')}</dt>
          <dd className="mono">{detail.recordHash}</dd>
        </div>
        <div>
          <dt>{t('hq.integrity.bundle')}</dt>
          <dd className="mono">{detail.bundleId}</dd>
        </div>
        <div>
          <dt>{t('hq.integrity.device')}</dt>
          <dd className="mono">{detail.deviceId}</dd>
        </div>
      </dl>
    </section>
  );
}

function EvidenceGallery({ inspectionId, evidence }: { inspectionId: string; evidence: InspectionDetail['evidence'] }) {
  const { t } = useTranslation();
  if (evidence.length === 0) return null;
  return (
    <ul className="hq-evidence" aria-label={t('hq.inspection.evidence')}>
      {evidence.map((e, index) => {
        const url = evidenceUrl(inspectionId, e.id);
        const label = t('hq.inspection.evidenceItem', { number: index + 1 });
        return (
          <li key={e.id}>
            <a href={url} target="_blank" rel="noopener noreferrer">
              {e.mediaType.startsWith('image/') ? <img src={url} alt={label} loading="lazy" /> : <span className="hq-file">{label}</span>}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

function ReviewActions({ detail, onChanged }: { detail: InspectionDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const user = useHqUser();
  const { busy, error, post } = useHqAction(onChanged);
  const act = (action: 'review' | 'reopen') => post(`/v1/hq/inspections/${encodeURIComponent(detail.id)}/${action}`);
  return (
    <div className="hq-review-actions">
      {detail.reviewStatus === 'received' && (
        <button type="button" className="primary" disabled={busy} onClick={() => void act('review')}>
          {t('hq.inspection.startReview')}
        </button>
      )}
      {detail.reviewStatus === 'decided' && hasRole(user, 'approver') && (
        <button type="button" disabled={busy} onClick={() => void act('reopen')}>
          {t('hq.inspection.reopen')}
        </button>
      )}
      {error !== null && <HqErrorMessage error={error} />}
    </div>
  );
}
