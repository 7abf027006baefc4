import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { Locale } from '../../shared/domain/localized';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { fingerprint, type Seal } from '../../shared/seal/seal';
import { GeneralInfo, ReportHeading } from './ReportHeading';
import { ChecklistResults } from './ChecklistResults';
import { FindingsSection } from './FindingsSection';
import { SignOffSection } from './SignOffSection';
import { AddendaSection, SealSection, type SealedAddendum } from './SealSection';
import { usePrintFooter } from './print-footer';
import './report.css';

export type { SealedAddendum } from './SealSection';

export interface InspectionReportProps {
  /** The record as sealed (`inspectionRecord(parts)`), or as it would be sealed for a draft preview. */
  readonly record: InspectionRecord;
  /** The template version the inspection used: item prompts, section titles, numbering. */
  readonly template: ChecklistTemplate;
  /** Null prints a draft, marked as such on every page. */
  readonly seal: Seal | null;
  readonly addenda: readonly SealedAddendum[];
  /** Vietnamese, the language of record, unless asked otherwise. */
  readonly locale?: Locale;
}

/** The printable biên bản kiểm tra (A4). Pure presentation: everything comes from the props. */
export function InspectionReport({ record, template, seal, addenda, locale = 'vi' }: InspectionReportProps) {
  const { i18n } = useTranslation();
  // Fixed to the record's language, independent of the UI language the user picked.
  const t = useMemo(() => i18n.getFixedT(locale), [i18n, locale]);
  const id = record.inspection.id;
  usePrintFooter(
    seal === null ? t('report.footer.draft', { id }) : t('report.footer.sealed', { id, fingerprint: fingerprint(seal) }),
    t('report.footer.page'),
  );
  const text = { t, locale };
  return (
    <article className={`inspection-report${seal === null ? ' ir-draft' : ''}`} lang={locale} aria-label={t('report.title')}>
      <div className="ir-sheet">
        {seal === null && <DraftMark t={t} />}
        <ReportHeading record={record} template={template} {...text} />
        <GeneralInfo record={record} template={template} {...text} />
        <ChecklistResults record={record} template={template} {...text} />
        <FindingsSection record={record} template={template} {...text} />
        <SignOffSection record={record} {...text} />
        <SealSection seal={seal} {...text} />
        <AddendaSection addenda={addenda} {...text} />
      </div>
    </article>
  );
}

/** A banner on top and a watermark that print repeats on every page, so no page of a draft passes for a record. */
function DraftMark({ t }: { t: TFunction }) {
  return (
    <>
      <div className="ir-watermark" aria-hidden="true">{t('report.draft.banner')}</div>
      <p className="ir-draft-banner" role="note">
        {t('report.draft.banner')}
        <small>{t('report.draft.note')}</small>
      </p>
    </>
  );
}
