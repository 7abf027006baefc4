import { z } from 'zod';

/** A national roster is a few hundred thousand rows at most; HQ enforces its own row limit too. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;

export const RosterFileSchema = z.object({
  files: z
    .custom<FileList>((value) => typeof FileList !== 'undefined' && value instanceof FileList, 'hqInsights.roster.errors.required')
    .refine((files) => files.length === 1, 'hqInsights.roster.errors.required')
    .refine((files) => /\.csv$/i.test(files[0]?.name ?? ''), 'hqInsights.roster.errors.notCsv')
    .refine((files) => (files[0]?.size ?? 0) <= MAX_ROSTER_BYTES, 'hqInsights.roster.errors.tooLarge'),
});
export type RosterFileValues = z.infer<typeof RosterFileSchema>;
