import { z } from 'zod';
import { IsoInstant } from './localized';
import { NamedPerson } from './finding-record';

/** PNG from the signature pad, as a data URL; small enough to seal inline (a few kB). */
export const SignatureImage = z
  .string()
  .regex(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/, 'form.errors.signatureRequired')
  .max(400_000, 'form.errors.signatureTooLarge');

export const Signature = NamedPerson.extend({
  image: SignatureImage,
  signedAt: IsoInstant,
});
export type Signature = z.infer<typeof Signature>;

/** The office head may refuse to sign; the refusal and its reason are recorded instead. */
export const OfficeHeadSignOff = z.discriminatedUnion('type', [
  Signature.extend({ type: z.literal('signed') }),
  NamedPerson.extend({
    type: z.literal('refused'),
    reason: z.string().trim().min(1, 'form.errors.refusalReasonRequired').max(2000, 'form.errors.textTooLong'),
    recordedAt: IsoInstant,
  }),
]);
export type OfficeHeadSignOff = z.infer<typeof OfficeHeadSignOff>;

export const SignOff = z.object({
  inspectionId: z.uuid(),
  lead: Signature.nullable(),
  officeHead: OfficeHeadSignOff.nullable(),
});
export type SignOff = z.infer<typeof SignOff>;

export const emptySignOff = (inspectionId: string): SignOff => ({ inspectionId, lead: null, officeHead: null });

export const isSignedOff = (signOff: SignOff | undefined): boolean =>
  signOff?.lead != null && signOff.officeHead != null;
