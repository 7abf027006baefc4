import { z } from 'zod';
import { IsoInstant } from './localized';
import { Team } from './inspection';
import { TemplateRef } from '../catalogue/schema';

/** What it takes to open an inspection; the form and the repository share it. */
export const NewInspectionInput = z.object({
  officeCode: z.string().min(2),
  template: TemplateRef,
  team: Team,
  unannounced: z.boolean(),
  arrivalAt: IsoInstant,
});
export type NewInspectionInput = z.infer<typeof NewInspectionInput>;
