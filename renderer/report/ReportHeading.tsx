import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { calendarDate, vietnamDateParts, vietnamDateTime } from './report-model';
import type { ReportText } from './report-text';

interface Props extends ReportText {
  record: InspectionRecord;
  template: ChecklistTemplate;
}

/** The two-column heading of a Vietnamese administrative document (Decree 30/2020 layout), then the title. */
export function ReportHeading({ record, t }: Props) {
  const { day, month, year } = vietnamDateParts(record.inspection.arrivalAt);
  return (
    <header className="ir-heading">
      <div className="ir-masthead">
        <div className="ir-issuer">
          <p>{t('report.agency.parent')}</p>
          <p className="ir-strong ir-rule">{t('report.agency.team')}</p>
        </div>
        <div className="ir-nation">
          <p className="ir-strong">{t('report.agency.nation')}</p>
          <p className="ir-strong">
            <span className="ir-motto">{t('report.agency.motto')}</span>
          </p>
          <p className="ir-place-date">{t('report.agency.placeDate', { place: record.office.province, day, month, year })}</p>
        </div>
      </div>
      <h1 className="ir-title">{t('report.title')}</h1>
      {record.inspection.unannounced && <p className="ir-subtitle">{t('report.unannounced')}</p>}
    </header>
  );
}

/** Section I: who inspected what, where and when. */
export function GeneralInfo({ record, template, t, locale }: Props) {
  const { inspection, office } = record;
  const rows: [string, string][] = [
    [t('report.general.office'), office.name],
    [t('report.general.officeCode'), office.code],
    [t('report.general.address'), office.address],
    [t('report.general.province'), office.province],
    [t('report.general.arrival'), t('report.general.vietnamTime', { time: vietnamDateTime(inspection.arrivalAt) })],
    [t('report.general.lead'), inspection.team.lead],
    [t('report.general.members'), inspection.team.members.length > 0 ? inspection.team.members.join('; ') : t('report.general.noMembers')],
    [
      t('report.general.checklist'),
      t('report.general.checklistVersion', { title: template.title[locale], version: template.version, date: calendarDate(template.publishedOn) }),
    ],
    [t('report.general.recordId'), inspection.id],
  ];
  return (
    <section className="ir-section">
      <h2>{t('report.section.general')}</h2>
      <dl className="ir-facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
