import { z } from 'zod';
import { fail, ok, type Result } from '../result';

/** DESIGN.md: draft → in_progress → review → signed → sealed → synced → acknowledged. */
export const INSPECTION_STATUSES = [
  'draft',
  'in_progress',
  'review',
  'signed',
  'sealed',
  'synced',
  'acknowledged',
] as const;
export const InspectionStatus = z.enum(INSPECTION_STATUSES);
export type InspectionStatus = z.infer<typeof InspectionStatus>;

export const INSPECTION_EVENTS = [
  'start',
  'submit_for_review',
  'reopen',
  'sign',
  'withdraw_signatures',
  'seal',
  'mark_synced',
  'acknowledge',
] as const;
export type InspectionEvent = (typeof INSPECTION_EVENTS)[number];

/**
 * The only legal moves. Going back is allowed until the record is sealed:
 * review can be reopened for edits, signatures can be withdrawn. After `seal`
 * the record is immutable and only moves forward (corrections are addenda).
 */
const TRANSITIONS: Readonly<Record<InspectionStatus, Partial<Record<InspectionEvent, InspectionStatus>>>> = {
  draft: { start: 'in_progress' },
  in_progress: { submit_for_review: 'review' },
  review: { reopen: 'in_progress', sign: 'signed' },
  signed: { withdraw_signatures: 'review', seal: 'sealed' },
  sealed: { mark_synced: 'synced' },
  synced: { acknowledge: 'acknowledged' },
  acknowledged: {},
};

export type TransitionError = 'illegal_transition';

export function transition(
  from: InspectionStatus,
  event: InspectionEvent,
): Result<InspectionStatus, TransitionError> {
  const to = TRANSITIONS[from][event];
  return to === undefined ? fail('illegal_transition', `${event} from ${from}`) : ok(to);
}

export function allowedEvents(from: InspectionStatus): InspectionEvent[] {
  return INSPECTION_EVENTS.filter((event) => TRANSITIONS[from][event] !== undefined);
}

/** Answers and notes can change only while the inspection is being worked on. */
export function isEditable(status: InspectionStatus): boolean {
  return status === 'draft' || status === 'in_progress';
}

export function isSealed(status: InspectionStatus): boolean {
  return status === 'sealed' || status === 'synced' || status === 'acknowledged';
}
