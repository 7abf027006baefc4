import { z } from 'zod';
import type { NewInspectionInput } from '../../shared/domain/new-inspection';

/** Arrival may be typed a little ahead of the clock, never in the future beyond that. */
const FUTURE_TOLERANCE_MS = 10 * 60_000;
const MAX_AGE_MS = 30 * 24 * 3600_000;
const MAX_MEMBERS = 12;

const memberLines = (text: string) => text.split('\n').map((line) => line.trim()).filter((line) => line !== '');

/** Form shape (what the inputs hold); messages are i18n keys. */
export const NewInspectionFormSchema = z.object({
  officeCode: z.string().min(1, 'form.errors.officeRequired'),
  templateKey: z.string().regex(/^[a-z0-9-]+@\d+$/, 'form.errors.templateRequired'),
  lead: z.string().trim().min(2, 'form.errors.leadTooShort').max(120, 'form.errors.nameTooLong'),
  members: z
    .string()
    .refine((text) => memberLines(text).length <= MAX_MEMBERS, 'form.errors.tooManyMembers')
    .refine((text) => memberLines(text).every((name) => name.length >= 2 && name.length <= 120), 'form.errors.memberInvalid'),
  arrivalLocal: z
    .string()
    .min(1, 'form.errors.arrivalRequired')
    .refine((value) => !Number.isNaN(new Date(value).getTime()), 'form.errors.arrivalInvalid')
    .refine((value) => new Date(value).getTime() <= Date.now() + FUTURE_TOLERANCE_MS, 'form.errors.arrivalFuture')
    .refine((value) => new Date(value).getTime() >= Date.now() - MAX_AGE_MS, 'form.errors.arrivalTooOld'),
  unannounced: z.boolean(),
});
export type NewInspectionFormValues = z.infer<typeof NewInspectionFormSchema>;

export function toNewInspectionInput(values: NewInspectionFormValues): NewInspectionInput {
  const [templateId = '', version = '0'] = values.templateKey.split('@');
  return {
    officeCode: values.officeCode,
    template: { id: templateId, version: Number(version) },
    team: { lead: values.lead.trim(), members: memberLines(values.members) },
    unannounced: values.unannounced,
    arrivalAt: new Date(values.arrivalLocal).toISOString(),
  };
}
