import { useCallback, useMemo, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import type { AnswerValue, Inspection } from '../../shared/domain/inspection';
import type { Locale } from '../../shared/domain/localized';
import { isEditable } from '../../shared/lifecycle/inspection-lifecycle';
import { isItemInForce } from '../../shared/catalogue';
import { vietnamDate } from '../../shared/domain/vietnam-date';
import type { StoredTemplate } from '../db';
import { useWorkspaceDb } from '../db/workspace-db';
import { answersOf } from '../db/repositories/answers';
import { useAutosave } from './use-autosave';
import { SectionNav } from './SectionNav';
import { ChecklistItemCard } from './ChecklistItemCard';

/** Alt+↓ / Alt+↑ move between items from anywhere inside the checklist. */
function moveBetweenItems(event: KeyboardEvent<HTMLElement>) {
  if (!event.altKey || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
  const cards = Array.from(event.currentTarget.querySelectorAll<HTMLElement>('[data-item-card]'));
  const current = cards.findIndex((card) => card.contains(document.activeElement));
  const next = cards[current + (event.key === 'ArrowDown' ? 1 : -1)];
  if (!next) return;
  event.preventDefault();
  next.scrollIntoView({ block: 'nearest' });
  next.querySelector<HTMLElement>('input:not([disabled]), textarea:not([disabled]), button:not([disabled])')?.focus();
}

export function ChecklistRunner({ inspection, template }: { inspection: Inspection; template: StoredTemplate }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const inspectionId = inspection.id;
  const db = useWorkspaceDb();
  const answerList = useLiveQuery(() => answersOf(db, inspectionId), [db, inspectionId]);
  const answers = useMemo(() => new Map((answerList ?? []).map((answer) => [answer.itemId, answer])), [answerList]);
  const autosave = useAutosave(inspectionId);
  const onSave = useCallback(
    (patch: { itemId: string; value?: AnswerValue | null; note?: string }) => autosave(patch),
    [autosave],
  );

  if (answerList === undefined) return <p className="muted" role="status">{t('common.loading')}</p>;

  const editable = isEditable(inspection.status);
  // Judged by the rules in force on the day of the inspection.
  const onDate = vietnamDate(inspection.arrivalAt);
  const sections = template.sections
    .map((section) => ({ ...section, items: section.items.filter((item) => isItemInForce(item, onDate)) }))
    .filter((section) => section.items.length > 0);
  return (
    <>
      {!editable && <p className="locked-note" role="note">{t('runner.locked')}</p>}
      <div className="runner-body">
        <SectionNav sections={sections} answers={answers} />
        <div className="runner-items" onKeyDown={moveBetweenItems}>
          <p className="muted keyboard-hint">{t('runner.keyboardHint')}</p>
          {sections.map((section, sectionIndex) => (
            <section key={section.id} id={`section-${section.id}`} aria-labelledby={`section-title-${section.id}`} tabIndex={-1} className="runner-section">
              <h2 id={`section-title-${section.id}`}>{sectionIndex + 1}. {section.title[locale]}</h2>
              {section.items.map((item, itemIndex) => (
                <ChecklistItemCard
                  key={item.id}
                  item={item}
                  number={`${sectionIndex + 1}.${itemIndex + 1}`}
                  answer={answers.get(item.id)}
                  disabled={!editable}
                  onSave={onSave}
                />
              ))}
            </section>
          ))}
        </div>
      </div>
    </>
  );
}
