import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import { answerText, checklistGroups, type ChecklistRow } from './report-model';
import type { ReportText } from './report-text';

interface Props extends ReportText {
  record: InspectionRecord;
  template: ChecklistTemplate;
}

/** Up to this many rows a section's table is kept on one page; longer ones break between rows. */
const SHORT_TABLE_ROWS = 8;

/** Section II: one table per checklist section, answered items only, failed answers marked. */
export function ChecklistResults({ record, template, t, locale }: Props) {
  // Numbered as the runner numbered them: by the items in force on the inspection day.
  const groups = checklistGroups(template, record.answers, vietnamDate(record.inspection.arrivalAt));
  const answered = record.answers.filter((answer) => answer.value !== null).length;
  return (
    <section className="ir-section">
      <h2>{t('report.section.checklist')}</h2>
      {groups.length === 0 ? (
        <p>{t('report.checklist.empty')}</p>
      ) : (
        <p>{t('report.checklist.summary', { answered, total: record.inspection.itemCount })}</p>
      )}
      {groups.map((group) => (
        <table key={group.id} className={`ir-table ir-checklist${group.rows.length <= SHORT_TABLE_ROWS ? ' ir-keep' : ''}`}>
          <caption>{group.title?.[locale] ?? t('report.checklist.other')}</caption>
          <colgroup>
            <col className="ir-col-number" />
            <col />
            <col className="ir-col-answer" />
            <col className="ir-col-note" />
            <col className="ir-col-sources" />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('report.checklist.number')}</th>
              <th scope="col">{t('report.checklist.item')}</th>
              <th scope="col">{t('report.checklist.answer')}</th>
              <th scope="col">{t('report.checklist.note')}</th>
              <th scope="col">{t('report.checklist.sources')}</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => (
              <ChecklistRowView key={row.itemId} row={row} t={t} locale={locale} />
            ))}
          </tbody>
        </table>
      ))}
    </section>
  );
}

function ChecklistRowView({ row, t, locale }: ReportText & { row: ChecklistRow }) {
  const value = row.answer.value;
  const text = row.item
    ? answerText(row.item.response, value, locale, (word) => t(`report.answer.${word}`))
    : value === null ? t('report.answer.none') : String(value.value);
  return (
    <tr className={row.failed ? 'ir-failed' : undefined}>
      <td className="ir-number">{row.number}</td>
      <td>{row.item?.prompt[locale] ?? row.itemId}</td>
      <td className="ir-answer">
        {text}
        {/* Marked in words as well as by shading, so a black-and-white copy still shows it. */}
        {row.failed && <span className="ir-failed-mark"> ✗ {t('report.checklist.failed')}</span>}
      </td>
      <td className="ir-note">{row.answer.note}</td>
      <td className="ir-keys">{row.item?.sources.map((key) => <span key={key}>{key}</span>)}</td>
    </tr>
  );
}
