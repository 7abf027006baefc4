import { z } from 'zod';
import { IsoDate, LocalizedText } from '../domain/localized';

/** A stable citation key such as `3476/BHXH-TCCB#2.5`; see `citations.ts` for the registry. */
export const CitationKey = z.string().min(3).max(80);

export const Subject = z.enum(['office', 'official']);
export type Subject = z.infer<typeof Subject>;

/** How serious a failed item is; drives the recommendation rules (issue 4). */
export const Severity = z.enum(['low', 'medium', 'high', 'critical']);
export type Severity = z.infer<typeof Severity>;

/**
 * Response types. Yes/no items are phrased so that "yes" means compliant;
 * a "no" is a failed item with the item's severity.
 */
export const ResponseSpec = z.discriminatedUnion('type', [
  z.object({ type: z.literal('yes_no_na') }),
  z.object({
    type: z.literal('scale'),
    min: z.literal(1),
    max: z.number().int().min(3).max(5),
    /** Scores below this are failures. */
    passAtLeast: z.number().int().min(1),
    lowLabel: LocalizedText,
    highLabel: LocalizedText,
  }),
  z.object({
    type: z.literal('number'),
    unit: LocalizedText,
    min: z.number().min(0),
    max: z.number().positive(),
    integer: z.boolean(),
  }),
  z.object({ type: z.literal('text'), maxLength: z.number().int().positive().max(4000) }),
  z.object({ type: z.literal('time') }),
]);
export type ResponseSpec = z.infer<typeof ResponseSpec>;
export type ResponseType = ResponseSpec['type'];

export const ItemId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case item id');

export const ChecklistItem = z.object({
  id: ItemId,
  prompt: LocalizedText,
  guidance: LocalizedText,
  sources: z.array(CitationKey).min(1),
  subject: Subject,
  response: ResponseSpec,
  evidenceRequired: z.boolean(),
  severity: Severity,
  effectiveFrom: IsoDate.optional(),
  effectiveTo: IsoDate.optional(),
});
export type ChecklistItem = z.infer<typeof ChecklistItem>;

export const ChecklistSection = z.object({
  id: ItemId,
  title: LocalizedText,
  items: z.array(ChecklistItem).min(1),
});
export type ChecklistSection = z.infer<typeof ChecklistSection>;

export const TemplateRef = z.object({
  id: ItemId,
  version: z.number().int().positive(),
});
export type TemplateRef = z.infer<typeof TemplateRef>;

/** Published templates are immutable: a change is a new version. */
export const ChecklistTemplate = z.object({
  id: ItemId,
  version: z.number().int().positive(),
  publishedOn: IsoDate,
  title: LocalizedText,
  description: LocalizedText,
  sources: z.array(CitationKey).min(1),
  sections: z.array(ChecklistSection).min(1),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>;
