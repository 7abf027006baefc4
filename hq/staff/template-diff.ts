import type { ChecklistItem, ChecklistSection, ChecklistTemplate } from '../../shared/catalogue/schema';
import type { TemplateDiffEntry } from '../../shared/hq/admin';

type Fields = Readonly<Record<string, string>>;

/** Sources are an ordered list of citation keys; shown as one readable value. */
const list = (keys: readonly string[]): string => keys.join(', ');

function templateFields(t: ChecklistTemplate): Fields {
  return { 'title.vi': t.title.vi, 'title.en': t.title.en, 'description.vi': t.description.vi, 'description.en': t.description.en, source: list(t.sources), publishedOn: t.publishedOn };
}

function sectionFields(s: ChecklistSection, position: number): Fields {
  return { 'title.vi': s.title.vi, 'title.en': s.title.en, position: String(position + 1) };
}

/** The response type on its own line, its settings (scale bounds, unit…) on another: the type is what reviewers look for. */
function itemFields(item: ChecklistItem, sectionId: string): Fields {
  const { type, ...settings } = item.response;
  return {
    section: sectionId,
    'prompt.vi': item.prompt.vi,
    'prompt.en': item.prompt.en,
    'guidance.vi': item.guidance.vi,
    'guidance.en': item.guidance.en,
    source: list(item.sources),
    subject: item.subject,
    'response.type': type,
    'response.settings': JSON.stringify(settings),
    evidenceRequired: String(item.evidenceRequired),
    severity: item.severity,
    effectiveFrom: item.effectiveFrom ?? '',
    effectiveTo: item.effectiveTo ?? '',
  };
}

function changedFields(target: TemplateDiffEntry['target'], id: string, before: Fields, after: Fields): TemplateDiffEntry[] {
  return Object.keys(after)
    .filter((field) => before[field] !== after[field])
    .map((field) => ({ change: 'changed', target, id, field, before: before[field] ?? '', after: after[field] ?? '' }));
}

const itemsById = (t: ChecklistTemplate) => new Map(t.sections.flatMap((section) => section.items.map((item) => [item.id, { item, sectionId: section.id }] as const)));

/**
 * What a new version changes against the previous one, for a person to read
 * before publishing: template fields, then sections, then items (matched by id
 * across sections, so a moved item is one `section` change). Added and removed
 * entries carry the Vietnamese title or prompt. Without a previous version
 * everything is `added`.
 */
export function diffTemplates(previous: ChecklistTemplate | undefined, next: ChecklistTemplate): TemplateDiffEntry[] {
  if (previous === undefined) {
    return [
      { change: 'added', target: 'template', id: next.id, after: next.title.vi },
      ...next.sections.map((s): TemplateDiffEntry => ({ change: 'added', target: 'section', id: s.id, after: s.title.vi })),
      ...next.sections.flatMap((s) => s.items.map((i): TemplateDiffEntry => ({ change: 'added', target: 'item', id: i.id, after: i.prompt.vi }))),
    ];
  }
  const diff = changedFields('template', next.id, templateFields(previous), templateFields(next));

  // Positions among the sections both versions have: adding or removing one does not move the others.
  const newSectionIds = new Set(next.sections.map((s) => s.id));
  const kept = previous.sections.filter((s) => newSectionIds.has(s.id));
  const oldSections = new Map(kept.map((s, k) => [s.id, { section: s, position: k }]));
  let position = 0;
  for (const section of next.sections) {
    const old = oldSections.get(section.id);
    if (old === undefined) diff.push({ change: 'added', target: 'section', id: section.id, after: section.title.vi });
    else diff.push(...changedFields('section', section.id, sectionFields(old.section, old.position), sectionFields(section, position++)));
  }
  for (const section of previous.sections) {
    if (!newSectionIds.has(section.id)) diff.push({ change: 'removed', target: 'section', id: section.id, before: section.title.vi });
  }

  const oldItems = itemsById(previous);
  const newItems = itemsById(next);
  for (const [id, { item, sectionId }] of newItems) {
    const old = oldItems.get(id);
    if (old === undefined) diff.push({ change: 'added', target: 'item', id, after: item.prompt.vi });
    else diff.push(...changedFields('item', id, itemFields(old.item, old.sectionId), itemFields(item, sectionId)));
  }
  for (const [id, { item }] of oldItems) {
    if (!newItems.has(id)) diff.push({ change: 'removed', target: 'item', id, before: item.prompt.vi });
  }
  return diff;
}
