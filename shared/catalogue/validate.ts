import type { z } from 'zod';
import type { LocalizedText } from '../domain/localized';
import { Citation } from './citation-schema';
import { ChecklistTemplate, type ChecklistItem } from './schema';

export const CATALOGUE_PROBLEM_CODES = [
  'schema',
  'missing-citation',
  'unknown-citation',
  'missing-translation',
  'ascii-vietnamese',
  'duplicate-item-id',
  'duplicate-section-id',
  'duplicate-template',
  'effective-dates',
  'scale-pass-above-max',
  'number-range',
  'citation-registry',
] as const;
export type CatalogueProblemCode = (typeof CATALOGUE_PROBLEM_CODES)[number];

export interface CatalogueProblem {
  readonly code: CatalogueProblemCode;
  /** `id@version` of the template (or `#index` when it has none); absent for registry problems. */
  readonly template?: string;
  readonly itemId?: string;
  /** Where, e.g. `sections[2].items[0].prompt.en` or `citations[3].title.vi`. */
  readonly path: string;
  readonly message: string;
}

type Report = (problem: Omit<CatalogueProblem, 'template'>) => void;

/**
 * Checks templates (untrusted input: bundled or published by HQ) against the schema
 * and the citation registry, and returns every problem found; it never throws.
 * Schema issues about a missing/blank `vi`/`en` or empty `sources` get their own
 * codes; when those are the only schema issues the deeper checks still run.
 */
export function validateCatalogue(templates: readonly unknown[], citations: readonly Citation[]): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  checkRegistry(citations, (problem) => problems.push(problem));
  const registry = new Map(citations.map((citation) => [citation.key, citation]));
  const seen = new Set<string>();
  templates.forEach((raw, index) => {
    const label = templateLabel(raw, index);
    const report: Report = (problem) => problems.push({ template: label, ...problem });
    if (!label.startsWith('#')) {
      if (seen.has(label)) report({ code: 'duplicate-template', path: '', message: `${label} appears more than once` });
      seen.add(label);
    }
    const parsed = ChecklistTemplate.safeParse(raw);
    const codes = parsed.success ? [] : parsed.error.issues.map((issue) => reportIssue(raw, issue, report, 'schema'));
    // Only missing text or citations: the structure is sound enough for the deeper checks.
    if (codes.every((code) => code !== 'schema')) checkTemplate(raw as ChecklistTemplate, registry, report);
  });
  return problems;
}

function checkRegistry(citations: readonly Citation[], report: Report): void {
  const keys = new Set<string>();
  citations.forEach((citation, index) => {
    const path = `citations[${index}]`;
    const parsed = Citation.safeParse(citation);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) reportIssue(citation, issue, report, 'citation-registry', path);
    }
    if (keys.has(citation.key)) report({ code: 'citation-registry', path, message: `duplicate key ${citation.key}` });
    keys.add(citation.key);
    const { effectiveFrom, effectiveTo } = citation;
    if (effectiveFrom !== undefined && effectiveTo !== undefined && effectiveFrom > effectiveTo) {
      report({ code: 'citation-registry', path, message: `${citation.key} ends (${effectiveTo}) before it starts (${effectiveFrom})` });
    }
  });
  citations.forEach((citation, index) => {
    for (const key of [...(citation.replaces ?? []), ...(citation.replacedBy ?? [])]) {
      if (!keys.has(key)) report({ code: 'citation-registry', path: `citations[${index}]`, message: `${citation.key} links to unknown key ${key}` });
    }
  });
}

function reportIssue(root: unknown, issue: z.core.$ZodIssue, report: Report, fallback: CatalogueProblemCode, prefix = ''): CatalogueProblemCode {
  const path = joinPath(prefix, issue.path);
  const last = issue.path.at(-1);
  const value = valueAt(root, issue.path);
  let code = fallback;
  if ((last === 'vi' || last === 'en') && (value === undefined || (typeof value === 'string' && value.trim() === ''))) {
    code = 'missing-translation';
  } else if (last === 'sources' && (value === undefined || (Array.isArray(value) && value.length === 0))) {
    code = 'missing-citation';
  }
  report({ code, path, message: issue.message });
  return code;
}

function checkTemplate(template: ChecklistTemplate, registry: ReadonlyMap<string, Citation>, report: Report): void {
  checkSources(template.sources, 'sources', undefined, registry, report);
  const sectionIds = new Set<string>();
  const itemIds = new Set<string>();
  template.sections.forEach((section, s) => {
    if (sectionIds.has(section.id)) report({ code: 'duplicate-section-id', path: `sections[${s}].id`, message: `section id ${section.id} is used twice` });
    sectionIds.add(section.id);
    section.items.forEach((item, i) => {
      const path = `sections[${s}].items[${i}]`;
      const itemId = item.id;
      if (itemIds.has(itemId)) report({ code: 'duplicate-item-id', itemId, path: `${path}.id`, message: `item id ${itemId} is used twice` });
      itemIds.add(itemId);
      checkSources(item.sources, `${path}.sources`, itemId, registry, report);
      checkEffectiveDates(item, path, registry, report);
      checkResponse(item, path, report);
    });
  });
  for (const { path, itemId, text } of localizedTexts(template)) {
    if (looksUnaccented(text.vi)) {
      report({ code: 'ascii-vietnamese', itemId, path: `${path}.vi`, message: `Vietnamese text has no diacritics: "${text.vi}"` });
    }
  }
}

function checkSources(sources: readonly string[], path: string, itemId: string | undefined, registry: ReadonlyMap<string, Citation>, report: Report): void {
  ((sources as readonly string[] | undefined) ?? []).forEach((key, k) => {
    if (!registry.has(key)) report({ code: 'unknown-citation', itemId, path: `${path}[${k}]`, message: `unknown citation key ${key}` });
  });
}

/**
 * An item may not outlive a rule it cites (`effectiveTo` required and no later than
 * the rule's), may not start before a cited rule, and must carry `effectiveFrom`
 * when it cites a rule that replaced earlier ones (e.g. 118/2025 from 2025-07-01).
 */
function checkEffectiveDates(item: ChecklistItem, path: string, registry: ReadonlyMap<string, Citation>, report: Report): void {
  const { effectiveFrom: from, effectiveTo: to, id: itemId } = item;
  const fail = (message: string): void => report({ code: 'effective-dates', itemId, path, message });
  if (from !== undefined && to !== undefined && from > to) fail(`effectiveTo ${to} is before effectiveFrom ${from}`);
  for (const key of (item.sources as readonly string[] | undefined) ?? []) {
    const rule = registry.get(key);
    if (rule === undefined) continue;
    if (rule.effectiveTo !== undefined && (to === undefined || to > rule.effectiveTo)) {
      fail(`cites ${key}, in force until ${rule.effectiveTo}, so it must end by then`);
    } else if (rule.effectiveFrom !== undefined && from !== undefined && from < rule.effectiveFrom) {
      fail(`starts ${from}, before ${key} took effect on ${rule.effectiveFrom}`);
    } else if (rule.effectiveFrom !== undefined && to !== undefined && to < rule.effectiveFrom) {
      fail(`ends ${to}, before ${key} took effect on ${rule.effectiveFrom}`);
    } else if ((rule.replaces ?? []).length > 0 && from === undefined) {
      fail(`cites ${key}, which replaced ${(rule.replaces ?? []).join(', ')}: set effectiveFrom (from ${rule.effectiveFrom ?? '?'})`);
    }
  }
}

function checkResponse(item: ChecklistItem, path: string, report: Report): void {
  const response = item.response;
  if (response.type === 'scale' && response.passAtLeast > response.max) {
    report({ code: 'scale-pass-above-max', itemId: item.id, path: `${path}.response`, message: `passAtLeast ${response.passAtLeast} > max ${response.max}: the item can never pass` });
  }
  if (response.type === 'number' && response.min >= response.max) {
    report({ code: 'number-range', itemId: item.id, path: `${path}.response`, message: `min ${response.min} is not below max ${response.max}` });
  }
}

interface TextAt {
  readonly path: string;
  readonly itemId?: string;
  readonly text: LocalizedText;
}

function localizedTexts(template: ChecklistTemplate): TextAt[] {
  const texts: TextAt[] = [
    { path: 'title', text: template.title },
    { path: 'description', text: template.description },
  ];
  template.sections.forEach((section, s) => {
    texts.push({ path: `sections[${s}].title`, text: section.title });
    section.items.forEach((item, i) => {
      const path = `sections[${s}].items[${i}]`;
      const itemId = item.id;
      texts.push({ path: `${path}.prompt`, itemId, text: item.prompt }, { path: `${path}.guidance`, itemId, text: item.guidance });
      const response = item.response;
      if (response.type === 'scale') {
        texts.push({ path: `${path}.response.lowLabel`, itemId, text: response.lowLabel }, { path: `${path}.response.highLabel`, itemId, text: response.highLabel });
      }
      if (response.type === 'number') texts.push({ path: `${path}.response.unit`, itemId, text: response.unit });
    });
  });
  return texts;
}

/** A letter outside ASCII: every Vietnamese sentence of a few words has one (ă, â, đ, ê, ô, ơ, ư, tones). */
const NON_ASCII_LETTER = /[^\P{L}\p{ASCII}]/u;

/** Heuristic: three or more words of Vietnamese without a single non-ASCII letter were typed without diacritics. */
export function looksUnaccented(vi: string | undefined): boolean {
  if (vi === undefined) return false;
  const words = vi.trim().split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length >= 3 && !NON_ASCII_LETTER.test(vi);
}

function templateLabel(raw: unknown, index: number): string {
  if (typeof raw === 'object' && raw !== null && 'id' in raw && 'version' in raw) {
    const { id, version } = raw;
    if (typeof id === 'string' && typeof version === 'number') return `${id}@${version}`;
  }
  return `#${index}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function joinPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joined === '' ? String(key) : `${joined}.${String(key)}`), prefix);
}
