import { z } from 'zod';

/** Templates are small JSON documents; anything bigger is the wrong file. */
export const MAX_TEMPLATE_BYTES = 2 * 1024 * 1024;

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

export const TemplateSourceSchema = z.object({
  source: z.string().trim().min(1, 'hqInsights.templates.errors.required').refine(isJson, 'hqInsights.templates.errors.json'),
});
export type TemplateSourceValues = z.infer<typeof TemplateSourceSchema>;
