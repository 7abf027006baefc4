import { z } from 'zod';

/** A district social-security office (BHXH cơ sở). Unit labels are data, not code. */
export const Office = z.object({
  code: z.string().regex(/^[A-Z0-9-]{2,32}$/),
  name: z.string().trim().min(1),
  province: z.string().trim().min(1),
  address: z.string().trim().min(1),
  /** Fictional record shipped for first-run demos; replaced by the HQ roster. */
  demo: z.boolean(),
});
export type Office = z.infer<typeof Office>;

export const Official = z.object({
  id: z.string().regex(/^[A-Za-z0-9-]{2,64}$/),
  officeCode: Office.shape.code,
  fullName: z.string().trim().min(1),
  position: z.string().trim().min(1),
  unit: z.string().trim().min(1),
  demo: z.boolean(),
});
export type Official = z.infer<typeof Official>;

export const Roster = z.object({
  /** Where this roster came from: the built-in demo, or an HQ publication. */
  source: z.enum(['demo', 'hq']),
  version: z.string().min(1),
  offices: z.array(Office).min(1),
  officials: z.array(Official),
});
export type Roster = z.infer<typeof Roster>;
