import { answerId, NOTE_MAX, type Answer, type AnswerValue, type Inspection } from '../../../shared/domain/inspection';
import { checkAnswerValue } from '../../../shared/domain/answer-validation';
import { transition } from '../../../shared/lifecycle/inspection-lifecycle';
import { loadEditableInspection } from './editable';
import { itemsInForce } from '../../../shared/catalogue';
import { vietnamDate } from '../../../shared/domain/vietnam-date';
import type { FieldDatabase } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { guardWrite, RepositoryError } from './repository-error';
import { publishedTemplate } from './published-templates';

/** A change to one item: a new value (null clears it), a new note, or both. */
export interface AnswerPatch {
  readonly inspectionId: string;
  readonly itemId: string;
  readonly value?: AnswerValue | null;
  readonly note?: string;
}

/**
 * Autosave of one answer: the answer, the inspection's progress and the audit
 * event commit together or not at all. The first answer starts a draft.
 */
export function saveAnswer(db: FieldDatabase, patch: AnswerPatch, clock: Clock = systemClock): Promise<Answer> {
  if (patch.note !== undefined && patch.note.length > NOTE_MAX) {
    return Promise.reject(new RepositoryError('invalid_input', 'note'));
  }
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.answers, db.auditEvents, db.templates], async () => {
      const inspection = await loadEditableInspection(db, patch.inspectionId);
      const template = await publishedTemplate(db, inspection.template);
      // Only items in force on the inspection's date can be answered.
      const item = template && itemsInForce(template, vietnamDate(inspection.arrivalAt)).find((entry) => entry.id === patch.itemId);
      if (!item) throw new RepositoryError('invalid_input', 'itemId');
      if (patch.value) {
        const checked = checkAnswerValue(item, patch.value);
        if (!checked.ok) throw new RepositoryError('invalid_input', checked.error.code);
      }

      const id = answerId(inspection.id, item.id);
      const previous = await db.answers.get(id);
      const at = clock.now();
      const answer: Answer = {
        id,
        inspectionId: inspection.id,
        itemId: item.id,
        value: patch.value === undefined ? (previous?.value ?? null) : patch.value,
        note: patch.note ?? previous?.note ?? '',
        answeredAt: at,
        answeredBy: inspection.team.lead,
        revision: (previous?.revision ?? 0) + 1,
      };
      await db.answers.put(answer);

      const wasAnswered = (previous?.value ?? null) !== null;
      const isAnswered = answer.value !== null;
      let next: Inspection = {
        ...inspection,
        updatedAt: at,
        answeredCount: inspection.answeredCount + Number(isAnswered) - Number(wasAnswered),
      };
      if (next.status === 'draft') {
        const started = transition('draft', 'start');
        if (started.ok) {
          next = await appendAudit(db, { ...next, status: started.value }, {
            type: 'inspection.status_changed',
            actor: inspection.team.lead,
            at,
            detail: { from: 'draft', to: started.value, event: 'start' },
          });
        }
      }
      next = await appendAudit(db, next, {
        type: patch.value === undefined ? 'answer.note_saved' : 'answer.saved',
        actor: inspection.team.lead,
        at,
        // Item id and answer type only: notes may name officials and never enter the log.
        detail: { itemId: item.id, answered: isAnswered, revision: answer.revision },
      });
      await db.inspections.put(next);
      return answer;
    }),
  );
}

export function answersOf(db: FieldDatabase, inspectionId: string): Promise<Answer[]> {
  return db.answers.where('inspectionId').equals(inspectionId).toArray();
}
