import { describe, it, expect } from 'vitest';
import { CATALOGUE, findTemplate, isItemInForce, itemCount, itemsInForce, itemsOf, latestTemplates } from './index';
import { CITATION_KEYS, CITATIONS, citationFor } from './citations';
import type { ChecklistItem, ChecklistTemplate } from './schema';
import { looksUnaccented, validateCatalogue, type CatalogueProblemCode } from './validate';

const MINIMUM_ITEMS: Record<string, number> = {
  'unannounced-district-office': 25,
  'one-stop-code-of-conduct': 15,
  'individual-responsibility': 10,
};

function template(id: string): ChecklistTemplate {
  const found = findTemplate(id, 1);
  if (found === undefined) throw new Error(`template ${id}@1 missing`);
  return found;
}

/** A deep copy of a shipped template with one deliberate defect. */
function broken(id: string, breakIt: (copy: ChecklistTemplate, first: ChecklistItem) => void): ChecklistTemplate {
  const copy = JSON.parse(JSON.stringify(template(id))) as ChecklistTemplate;
  const first = copy.sections[0]?.items[0];
  if (first === undefined) throw new Error('template has no items');
  breakIt(copy, first);
  return copy;
}

function item(copy: ChecklistTemplate, id: string): ChecklistItem {
  const found = copy.sections.flatMap((section) => section.items).find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`item ${id} missing`);
  return found;
}

function codes(templates: readonly unknown[]): CatalogueProblemCode[] {
  return validateCatalogue(templates, CITATIONS).map((problem) => problem.code);
}

describe('shipped catalogue', () => {
  it('has no problems', () => {
    expect(validateCatalogue(CATALOGUE, CITATIONS)).toEqual([]);
  });

  it.each(Object.entries(MINIMUM_ITEMS))('%s has at least %i items', (id, minimum) => {
    const t = template(id);
    expect(itemCount(t)).toBeGreaterThanOrEqual(minimum);
    expect(itemsOf(t)).toHaveLength(itemCount(t));
    expect(t.publishedOn).toBe('2026-11-01');
  });

  it('cites only registered keys and every item cites at least one', () => {
    for (const t of CATALOGUE) {
      for (const entry of itemsOf(t)) {
        expect(entry.sources.length).toBeGreaterThan(0);
        for (const key of entry.sources) expect(CITATION_KEYS.has(key), `${t.id}/${entry.id}: ${key}`).toBe(true);
      }
    }
  });

  it('dates one-stop items from Decree 118/2025 and keeps the replaced decrees as history', () => {
    expect(citationFor('118/2025/NĐ-CP')?.effectiveFrom).toBe('2025-07-01');
    expect(citationFor('61/2018/NĐ-CP')?.effectiveTo).toBe('2025-06-30');
    expect(citationFor('107/2021/NĐ-CP')?.effectiveTo).toBe('2025-06-30');
    const oneStop = template('one-stop-code-of-conduct');
    const receipt = item(oneStop, 'rec-01-receipt-slip-issued');
    expect(isItemInForce(receipt, '2025-06-30')).toBe(false);
    expect(isItemInForce(receipt, '2026-11-02')).toBe(true);
    expect(itemsInForce(oneStop, '2025-01-01').length).toBeLessThan(itemCount(oneStop));
  });

  it('finds templates and the latest versions', () => {
    expect(findTemplate('unannounced-district-office', 2)).toBeUndefined();
    expect(latestTemplates().map((t) => t.id)).toEqual(Object.keys(MINIMUM_ITEMS));
    expect(itemsOf(template('individual-responsibility'))[0]?.sectionId).toBe('responsibility-per-step');
  });

  it('registry keys are unique and the citation lookup works', () => {
    expect(CITATION_KEYS.size).toBe(CITATIONS.length);
    expect(citationFor('3476/BHXH-TCCB#2.5')?.sourceFile).toBe('002_62c413c5712133e7.txt');
    expect(citationFor('no-such-key')).toBeUndefined();
  });
});

describe('validateCatalogue finds each defect', () => {
  const id = 'unannounced-district-office';
  const cases: [string, ChecklistTemplate, CatalogueProblemCode][] = [
    ['an item without citation', broken(id, (_, first) => { first.sources = []; }), 'missing-citation'],
    ['an unknown citation key', broken(id, (_, first) => { first.sources = ['9999/XX-YY']; }), 'unknown-citation'],
    ['an unknown key at template level', broken(id, (copy) => { copy.sources.push('VSS-Unknown'); }), 'unknown-citation'],
    ['a missing English prompt', broken(id, (_, first) => { delete (first.prompt as { en?: string }).en; }), 'missing-translation'],
    ['a blank Vietnamese prompt', broken(id, (_, first) => { first.prompt.vi = '   '; }), 'missing-translation'],
    ['a blank section title', broken(id, (copy) => { if (copy.sections[1]) copy.sections[1].title.en = ''; }), 'missing-translation'],
    ['a duplicate item id', broken(id, (copy, first) => { const second = copy.sections[0]?.items[1]; if (second) second.id = first.id; }), 'duplicate-item-id'],
    ['ASCII-only Vietnamese', broken(id, (_, first) => { first.guidance.vi = 'Ghi gio can bo dau tien ngoi vao quay'; }), 'ascii-vietnamese'],
    ['a one-stop item without effectiveFrom', broken(id, (copy) => { delete item(copy, 'proc-01-dossier-log-up-to-date').effectiveFrom; }), 'effective-dates'],
    ['an item outliving a replaced decree', broken(id, (_, first) => { first.sources = ['61/2018/NĐ-CP']; }), 'effective-dates'],
    ['a scale pass mark above max', broken(id, (copy) => { const r = item(copy, 'd73-02-official-understands').response; if (r.type === 'scale') r.passAtLeast = 6; }), 'scale-pass-above-max'],
    ['a number range with min >= max', broken(id, (copy) => { const r = item(copy, 'proc-02-overdue-dossiers').response; if (r.type === 'number') r.min = r.max; }), 'number-range'],
    ['a malformed severity', broken(id, (_, first) => { (first as { severity: string }).severity = 'extreme'; }), 'schema'],
  ];

  it.each(cases)('%s', (_, copy, expected) => {
    expect(codes([copy])).toEqual([expected]);
  });

  it('reports a duplicate template id@version', () => {
    const t = template(id);
    expect(codes([t, t])).toEqual(['duplicate-template']);
  });

  it('reports every problem at once', () => {
    const copy = broken(id, (c, first) => {
      first.sources = ['9999/XX-YY'];
      first.prompt.en = '';
      const second = c.sections[0]?.items[1];
      if (second) second.id = first.id;
    });
    expect(codes([copy]).sort()).toEqual(['duplicate-item-id', 'missing-translation', 'unknown-citation']);
  });

  it('checks the registry itself', () => {
    const first = CITATIONS[0];
    if (first === undefined) throw new Error('empty registry');
    const problems = validateCatalogue([], [...CITATIONS, first, { ...first, key: 'X-1', effectiveFrom: '2025-01-02', effectiveTo: '2025-01-01' }]);
    expect(problems.map((p) => p.code)).toEqual(['citation-registry', 'citation-registry']);
  });
});

describe('looksUnaccented', () => {
  it('flags unaccented Vietnamese of three or more words only', () => {
    expect(looksUnaccented('Can bo co mat')).toBe(true);
    expect(looksUnaccented('Cán bộ có mặt')).toBe(false);
    expect(looksUnaccented('Mẫu 01')).toBe(false);
    expect(looksUnaccented('Mau 01 hen tra')).toBe(true);
    expect(looksUnaccented('BHXH 3476 TCCB')).toBe(false);
    expect(looksUnaccented('Giám đốc')).toBe(false);
  });
});
