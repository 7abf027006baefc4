import type { Inspection } from '../../../shared/domain/inspection';
import { NewInspectionInput } from '../../../shared/domain/new-inspection';
import { transition, type InspectionEvent } from '../../../shared/lifecycle/inspection-lifecycle';
import { itemsInForce } from '../../../shared/catalogue';
import { vietnamDate } from '../../../shared/domain/vietnam-date';
import type { FieldDatabase } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { guardWrite, RepositoryError } from './repository-error';

/** Opens a new inspection (status draft) with its first audit event, in one transaction. */
export function createInspection(db: FieldDatabase, input: NewInspectionInput, clock: Clock = systemClock): Promise<Inspection> {
  const parsed = NewInspectionInput.safeParse(input);
  if (!parsed.success) return Promise.reject(new RepositoryError('invalid_input', parsed.error.issues[0]?.path.join('.')));
  const data = parsed.data;
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.auditEvents, db.templates, db.offices], async () => {
      const template = await db.templates.get([data.template.id, data.template.version]);
      if (!template) throw new RepositoryError('invalid_input', 'template');
      if (!(await db.offices.get(data.officeCode))) throw new RepositoryError('invalid_input', 'officeCode');
      const at = clock.now();
      const draft: Inspection = {
        id: clock.newId(),
        officeCode: data.officeCode,
        template: data.template,
        team: data.team,
        unannounced: data.unannounced,
        arrivalAt: data.arrivalAt,
        status: 'draft',
        createdAt: at,
        updatedAt: at,
        answeredCount: 0,
        itemCount: itemsInForce(template, vietnamDate(data.arrivalAt)).length,
        lastAuditSeq: 0,
      };
      const inspection = await appendAudit(db, draft, {
        type: 'inspection.created',
        actor: data.team.lead,
        at,
        detail: { officeCode: data.officeCode, template: `${data.template.id}@${data.template.version}` },
      });
      await db.inspections.add(inspection);
      return inspection;
    }),
  );
}

/** Moves that need more than a status change go through their own repository. */
const DEDICATED: Partial<Record<InspectionEvent, string>> = {
  sign: 'signAsLead',
  withdraw_signatures: 'withdrawSignatures',
  seal: 'sealInspection',
  // Only HQ's signed word moves these: a verified receipt, verified decisions.
  mark_synced: 'markBundleSynced',
  acknowledge: 'savePulledDecisions',
};

/**
 * Moves an inspection through the lifecycle; illegal moves are refused and
 * change nothing. Reopening a record under review clears its signatures.
 */
export function changeStatus(
  db: FieldDatabase,
  inspectionId: string,
  event: InspectionEvent,
  actor: string,
  clock: Clock = systemClock,
): Promise<Inspection> {
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.auditEvents, db.signOffs], async () => {
      const current = await db.inspections.get(inspectionId);
      if (!current) throw new RepositoryError('not_found');
      const dedicated = DEDICATED[event];
      if (dedicated !== undefined) throw new RepositoryError('illegal_transition', `${event}: use ${dedicated}`);
      const next = transition(current.status, event);
      if (!next.ok) throw new RepositoryError('illegal_transition', next.error.detail);
      const at = clock.now();
      const moved = await appendAudit(db, { ...current, status: next.value, updatedAt: at }, {
        type: 'inspection.status_changed',
        actor,
        at,
        detail: { from: current.status, to: next.value, event },
      });
      if (event === 'reopen') await db.signOffs.delete(inspectionId);
      await db.inspections.put(moved);
      return moved;
    }),
  );
}
