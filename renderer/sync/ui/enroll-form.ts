import { z } from 'zod';
import { ENROLLMENT_CODE, normaliseHqUrl } from '../enroll';

/** Form shape; messages are i18n keys (FieldError translates them). */
export const EnrollFormSchema = z.object({
  hqUrl: z
    .string()
    .trim()
    .min(1, 'sync.enroll.errors.urlRequired')
    .superRefine((value, ctx) => {
      const url = value === '' ? null : normaliseHqUrl(value);
      if (url && !url.ok) {
        ctx.addIssue({ code: 'custom', message: url.error.code === 'hq_url_insecure' ? 'sync.enroll.errors.urlInsecure' : 'sync.enroll.errors.urlInvalid' });
      }
    }),
  code: z.string().trim().min(1, 'sync.enroll.errors.codeRequired').regex(ENROLLMENT_CODE, 'sync.enroll.errors.codeFormat'),
  confirmReplace: z.boolean(),
});
export type EnrollFormValues = z.infer<typeof EnrollFormSchema>;
