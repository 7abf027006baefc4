import { z } from 'zod';
import { MIN_PASSPHRASE_LENGTH, normalizeRecoveryCode } from '../../db/at-rest/keyring';

/** Idle minutes before the app locks itself. */
export const AUTO_LOCK_MINUTES = 10;

// Messages are i18n keys (FieldError translates them); lock.errors.tooShort says 8, MIN_PASSPHRASE_LENGTH.
const NewPassphrase = z.string().min(MIN_PASSPHRASE_LENGTH, 'lock.errors.tooShort').max(256, 'lock.errors.tooLong');

const matching = (values: { passphrase: string; confirm: string }, ctx: z.RefinementCtx) => {
  if (values.passphrase !== values.confirm) ctx.addIssue({ code: 'custom', path: ['confirm'], message: 'lock.errors.mismatch' });
};

export const SetupFormSchema = z.object({ passphrase: NewPassphrase, confirm: z.string() }).superRefine(matching);
export type SetupFormValues = z.infer<typeof SetupFormSchema>;

export const UnlockFormSchema = z.object({ passphrase: z.string().min(1, 'lock.errors.required') });
export type UnlockFormValues = z.infer<typeof UnlockFormSchema>;

export const RecoverFormSchema = z
  .object({
    code: z.string().refine((code) => /^[0-9A-Z]{25}$/.test(normalizeRecoveryCode(code)), 'lock.errors.codeFormat'),
    passphrase: NewPassphrase,
    confirm: z.string(),
  })
  .superRefine(matching);
export type RecoverFormValues = z.infer<typeof RecoverFormSchema>;

export const ChangeFormSchema = z
  .object({ current: z.string().min(1, 'lock.errors.required'), passphrase: NewPassphrase, confirm: z.string() })
  .superRefine(matching);
export type ChangeFormValues = z.infer<typeof ChangeFormSchema>;
