import { z } from 'zod';
import { IsoInstant } from './localized';
import { TemplateRef, ItemId } from '../catalogue/schema';
import { InspectionStatus } from '../lifecycle/inspection-lifecycle';

export const InspectorName = z.string().trim().min(2).max(120);

export const Team = z.object({
  lead: InspectorName,
  members: z.array(InspectorName).max(12),
});
export type Team = z.infer<typeof Team>;

export const Inspection = z.object({
  id: z.uuid(),
  officeCode: z.string().min(2),
  template: TemplateRef,
  team: Team,
  /** Kiểm tra đột xuất: the office was not told in advance. */
  unannounced: z.boolean(),
  arrivalAt: IsoInstant,
  status: InspectionStatus,
  createdAt: IsoInstant,
  updatedAt: IsoInstant,
  /** Number of items answered, kept with the record so the list needs no join. */
  answeredCount: z.number().int().min(0),
  itemCount: z.number().int().positive(),
  /** Sequence number of this inspection's latest audit event. */
  lastAuditSeq: z.number().int().min(0),
  /** Chain hash of that event; absent until the first event (schema v2 fills it for older rows). */
  lastAuditHash: z.string().optional(),
});
export type Inspection = z.infer<typeof Inspection>;

export const AnswerValue = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes_no_na'), value: z.enum(['yes', 'no', 'na']) }),
  z.object({ type: z.literal('scale'), value: z.number().int().min(1).max(5) }),
  z.object({ type: z.literal('number'), value: z.number() }),
  z.object({ type: z.literal('text'), value: z.string().max(4000) }),
  z.object({ type: z.literal('time'), value: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/) }),
]);
export type AnswerValue = z.infer<typeof AnswerValue>;

export const NOTE_MAX = 2000;

export const Answer = z.object({
  /** `${inspectionId}:${itemId}`: one answer per item. */
  id: z.string(),
  inspectionId: z.uuid(),
  itemId: ItemId,
  value: AnswerValue.nullable(),
  note: z.string().max(NOTE_MAX),
  answeredAt: IsoInstant,
  answeredBy: InspectorName,
  /** Increments on every save; lets the UI tell stale echoes from fresh writes. */
  revision: z.number().int().positive(),
});
export type Answer = z.infer<typeof Answer>;

export const answerId = (inspectionId: string, itemId: string): string => `${inspectionId}:${itemId}`;

export const AuditEventType = z.enum([
  'inspection.created',
  'inspection.status_changed',
  'answer.saved',
  'answer.note_saved',
  'finding.saved',
  'finding.deleted',
  'finding.explanation_saved',
  'finding.protection_saved',
  'finding.override_saved',
  'evidence.added',
  'evidence.removed',
  'signoff.lead_signed',
  'signoff.office_head_signed',
  'signoff.office_head_refused',
  'signoff.cleared',
  'inspection.sealed',
  'addendum.sealed',
  'addendum.synced',
  'decisions.updated',
]);
export type AuditEventType = z.infer<typeof AuditEventType>;

/** Append-only and hash-chained per inspection (`ChainedAuditEvent`, shared/seal/audit-chain.ts). */
export const AuditEvent = z.object({
  id: z.string(),
  inspectionId: z.uuid(),
  seq: z.number().int().min(1),
  at: IsoInstant,
  actor: z.string().min(1),
  type: AuditEventType,
  /** Item ids and statuses only: never names or free text about officials. */
  detail: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
});
export type AuditEvent = z.infer<typeof AuditEvent>;
