import type { EvidenceMeta } from '../../shared/domain/evidence';
import type { FindingRecord } from '../../shared/domain/finding-record';
import { vietnamDateTime } from './report-model';
import { CitationList, EvidenceTable } from './FindingSources';
import { DueProcess } from './DueProcess';
import { RecommendationBlock } from './RecommendationBlock';
import type { ReportText } from './report-text';

/** A checklist item as a finding cites it: its number in the runner and its prompt. */
export interface ItemRef {
  readonly number: string;
  readonly prompt: string;
}

interface Props extends ReportText {
  finding: FindingRecord;
  number: number;
  items: ReadonlyMap<string, ItemRef>;
  evidence: readonly EvidenceMeta[];
}

/** One finding with everything HQ needs to act on it: facts, sources, evidence, due process, recommendation. */
export function FindingEntry({ finding, number, items, evidence, t, locale }: Props) {
  const text = { t, locale };
  return (
    <article className={`ir-finding ir-finding-${finding.kind}`}>
      <h4>
        {t('report.findings.heading', { number })}
        <span className="ir-kind"> — {t(`report.findings.kind.${finding.kind}`)}</span>
      </h4>
      <dl className="ir-facts ir-facts-inline">
        {finding.category !== undefined && (
          <div>
            <dt>{t('report.findings.category')}</dt>
            <dd>{t(`report.category.${finding.category}`)}</dd>
          </div>
        )}
        <div>
          <dt>{t('report.findings.severity')}</dt>
          <dd>{t(`report.severity.${finding.severity}`)}</dd>
        </div>
        <div>
          <dt>{t('report.findings.observedAt')}</dt>
          <dd>{vietnamDateTime(finding.observedAt)}</dd>
        </div>
      </dl>
      <p className="ir-label">{t('report.findings.narrative')}</p>
      <p className="ir-prose">{finding.narrative}</p>
      {finding.itemIds.length > 0 && (
        <>
          <p className="ir-label">{t('report.findings.items')}</p>
          <ul className="ir-list">
            {finding.itemIds.map((id) => (
              <li key={id}>
                <span className="ir-number">{items.get(id)?.number ?? '—'}</span> {items.get(id)?.prompt ?? id}
              </li>
            ))}
          </ul>
        </>
      )}
      {finding.citations.length > 0 && (
        <>
          <p className="ir-label">{t('report.findings.citations')}</p>
          <CitationList keys={finding.citations} {...text} />
        </>
      )}
      <p className="ir-label">{t('report.findings.evidence')}</p>
      <EvidenceTable evidence={evidence} {...text} />
      <DueProcess finding={finding} {...text} />
      <RecommendationBlock finding={finding} {...text} />
    </article>
  );
}
