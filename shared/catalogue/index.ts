import { ChecklistTemplate, type ChecklistItem } from './schema';
import { individualResponsibility } from './templates/individual-responsibility';
import { oneStopCodeOfConduct } from './templates/one-stop-code-of-conduct';
import { unannouncedDistrictOffice } from './templates/unannounced-district-office';

/**
 * The checklist templates shipped with the app, parsed through the schema at load
 * (a malformed template fails loudly here and in `catalogue.test.ts`). Published
 * templates are immutable: a change is a new version added beside the old one.
 */
export const CATALOGUE: readonly ChecklistTemplate[] = Object.freeze(
  [unannouncedDistrictOffice, oneStopCodeOfConduct, individualResponsibility].map((template) =>
    ChecklistTemplate.parse(template),
  ),
);

/** An item together with the id of the section it sits in. */
export type CatalogueItem = ChecklistItem & { readonly sectionId: string };

export function findTemplate(id: string, version: number): ChecklistTemplate | undefined {
  return CATALOGUE.find((template) => template.id === id && template.version === version);
}

/** The highest version of each template, in catalogue order. */
export function latestTemplates(): readonly ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const template of CATALOGUE) {
    const current = latest.get(template.id);
    if (current === undefined || template.version > current.version) latest.set(template.id, template);
  }
  return [...latest.values()];
}

/** Every item of a template in order, each with its section id. */
export function itemsOf(template: ChecklistTemplate): CatalogueItem[] {
  return template.sections.flatMap((section) => section.items.map((item) => ({ ...item, sectionId: section.id })));
}

export function itemCount(template: ChecklistTemplate): number {
  return template.sections.reduce((total, section) => total + section.items.length, 0);
}

/** Whether an item applies on a date (YYYY-MM-DD): inspections are judged by the rules then in force. */
export function isItemInForce(item: ChecklistItem, onDate: string): boolean {
  if (item.effectiveFrom !== undefined && onDate < item.effectiveFrom) return false;
  return item.effectiveTo === undefined || onDate <= item.effectiveTo;
}

/** The items of a template that apply on a date (YYYY-MM-DD). */
export function itemsInForce(template: ChecklistTemplate, onDate: string): CatalogueItem[] {
  return itemsOf(template).filter((item) => isItemInForce(item, onDate));
}
