import { z } from 'zod';

export const LOCALES = ['vi', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

/** Vietnamese is the language of record; English is the working translation. */
export const LocalizedText = z.object({
  vi: z.string().trim().min(1),
  en: z.string().trim().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Dates as ISO-8601 calendar dates (effective dates of rules). */
export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** Instants as ISO-8601 UTC timestamps with milliseconds, e.g. 2026-11-23T08:15:00.000Z. */
export const IsoInstant = z.iso.datetime({ offset: false, precision: 3 });
