import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import type { InspectionRecord } from '../../shared/seal/inspection-record';
import { itemsOf } from '../../shared/catalogue';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import { evidenceFor, findingGroups, itemNumbers, type FindingGroup } from './report-model';
import { FindingEntry, type ItemRef } from './FindingEntry';
import type { ReportText } from './report-text';

interface Props extends ReportText {
  record: InspectionRecord;
  template: ChecklistTemplate;
}

/** Section III: findings per official (office-level ones first), numbered through the record. */
export function FindingsSection({ record, template, t, locale }: Props) {
  const groups = findingGroups(record);
  const numbers = itemNumbers(template, vietnamDate(record.inspection.arrivalAt));
  const items = new Map<string, ItemRef>(
    itemsOf(template).map((item) => [item.id, { number: numbers.get(item.id) ?? '—', prompt: item.prompt[locale] }]),
  );
  const findingNumber = new Map(groups.flatMap((group) => group.findings).map((finding, index) => [finding.id, index + 1]));
  return (
    <section className="ir-section">
      <h2>{t('report.section.findings')}</h2>
      {groups.length === 0 && <p>{t('report.findings.empty')}</p>}
      {groups.map((group) => (
        <div key={group.key} className="ir-finding-group">
          <h3 className="ir-subject">
            <SubjectName group={group} officeName={record.office.name} t={t} locale={locale} />
          </h3>
          {group.findings.map((finding) => (
            <FindingEntry
              key={finding.id}
              finding={finding}
              number={findingNumber.get(finding.id) ?? 0}
              items={items}
              evidence={evidenceFor(record, finding.id)}
              t={t}
              locale={locale}
            />
          ))}
        </div>
      ))}
    </section>
  );
}

function SubjectName({ group, officeName, t }: ReportText & { group: FindingGroup; officeName: string }) {
  const subject = group.subject;
  if (subject.type === 'office') return <>{t('report.findings.officeGroup', { name: officeName })}</>;
  if (subject.official === undefined) return <>{t('report.findings.unknownOfficial', { id: subject.officialId })}</>;
  return (
    <>
      <span className="ir-person">{subject.official.fullName}</span>
      <span className="ir-person-role"> — {subject.official.position}, {subject.official.unit}</span>
    </>
  );
}
