import { z } from 'zod';
import { NamedPerson } from '../../../shared/domain/finding-record';
import { emptySignOff, isSignedOff, OfficeHeadSignOff, Signature, SignatureImage, type SignOff } from '../../../shared/domain/sign-off';
import type { AuditEventType, Inspection } from '../../../shared/domain/inspection';
import { transition } from '../../../shared/lifecycle/inspection-lifecycle';
import type { FieldDatabase } from '../index';
import { systemClock, type Clock } from '../clock';
import { appendAudit } from './audit';
import { loadInspection } from './editable';
import { guardWrite, RepositoryError } from './repository-error';

export const SignatureInput = NamedPerson.extend({ image: SignatureImage });
export const RefusalInput = NamedPerson.extend({ reason: z.string() });

type Change = (current: SignOff, at: string) => SignOff;

/**
 * Sign-off happens on a record under review. When both the lead inspector and
 * the office head (or their recorded refusal) are in, the inspection moves to
 * `signed` in the same transaction.
 */
function changeSignOff(db: FieldDatabase, inspectionId: string, type: AuditEventType, change: Change, clock: Clock): Promise<SignOff> {
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.signOffs, db.auditEvents], async () => {
      const inspection = await loadInspection(db, inspectionId);
      if (inspection.status !== 'review') throw new RepositoryError('not_editable', inspection.status);
      const at = clock.now();
      const next = change((await db.signOffs.get(inspectionId)) ?? emptySignOff(inspectionId), at);
      await db.signOffs.put(next);
      let moved: Inspection = await appendAudit(db, { ...inspection, updatedAt: at }, { type, actor: inspection.team.lead, at, detail: { inspectionId } });
      if (isSignedOff(next)) {
        const signed = transition(moved.status, 'sign');
        if (!signed.ok) throw new RepositoryError('illegal_transition', signed.error.detail);
        moved = await appendAudit(db, { ...moved, status: signed.value }, {
          type: 'inspection.status_changed',
          actor: inspection.team.lead,
          at,
          detail: { from: inspection.status, to: signed.value, event: 'sign' },
        });
      }
      await db.inspections.put(moved);
      return next;
    }),
  );
}

function parsed<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new RepositoryError('invalid_input', result.error.issues[0]?.path.map(String).join('.'));
  return result.data;
}

export function signAsLead(db: FieldDatabase, inspectionId: string, input: unknown, clock: Clock = systemClock): Promise<SignOff> {
  return Promise.resolve().then(() => {
    const signature = parsed(SignatureInput, input);
    return changeSignOff(db, inspectionId, 'signoff.lead_signed', (current, at) => ({ ...current, lead: parsed(Signature, { ...signature, signedAt: at }) }), clock);
  });
}

export function signAsOfficeHead(db: FieldDatabase, inspectionId: string, input: unknown, clock: Clock = systemClock): Promise<SignOff> {
  return Promise.resolve().then(() => {
    const signature = parsed(SignatureInput, input);
    return changeSignOff(db, inspectionId, 'signoff.office_head_signed', (current, at) => ({
      ...current,
      officeHead: parsed(OfficeHeadSignOff, { ...signature, type: 'signed', signedAt: at }),
    }), clock);
  });
}

/** The office head declined to sign: who, and the reason they gave, are recorded. */
export function recordOfficeHeadRefusal(db: FieldDatabase, inspectionId: string, input: unknown, clock: Clock = systemClock): Promise<SignOff> {
  return Promise.resolve().then(() => {
    const refusal = parsed(RefusalInput, input);
    return changeSignOff(db, inspectionId, 'signoff.office_head_refused', (current, at) => ({
      ...current,
      officeHead: parsed(OfficeHeadSignOff, { ...refusal, type: 'refused', recordedAt: at }),
    }), clock);
  });
}

/**
 * Takes back every signature (signed → review): anyone who signed signed a
 * particular content, so a change to the record needs new signatures.
 */
export function withdrawSignatures(db: FieldDatabase, inspectionId: string, clock: Clock = systemClock): Promise<Inspection> {
  return guardWrite(() =>
    db.transaction('rw', [db.inspections, db.signOffs, db.auditEvents], async () => {
      const inspection = await loadInspection(db, inspectionId);
      if (inspection.status !== 'signed' && inspection.status !== 'review') throw new RepositoryError('not_editable', inspection.status);
      await db.signOffs.delete(inspectionId);
      const at = clock.now();
      let moved = await appendAudit(db, { ...inspection, updatedAt: at }, { type: 'signoff.cleared', actor: inspection.team.lead, at, detail: { inspectionId } });
      if (inspection.status === 'signed') {
        moved = await appendAudit(db, { ...moved, status: 'review' }, {
          type: 'inspection.status_changed',
          actor: inspection.team.lead,
          at,
          detail: { from: 'signed', to: 'review', event: 'withdraw_signatures' },
        });
      }
      await db.inspections.put(moved);
      return moved;
    }),
  );
}
