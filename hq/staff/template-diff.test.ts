import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/index';
import type { ChecklistTemplate } from '../../shared/catalogue/schema';
import { diffTemplates } from './template-diff';

const base = CATALOGUE[0] as ChecklistTemplate;
/** A deep copy to edit. */
const copy = (): ChecklistTemplate => JSON.parse(JSON.stringify(base)) as ChecklistTemplate;

describe('diffTemplates', () => {
  it('finds nothing between a template and its next version with only the number changed', () => {
    expect(diffTemplates(base, { ...copy(), version: base.version + 1 })).toEqual([]);
  });

  it('lists changed item fields, moved items, added and removed sections and items', () => {
    const next = copy();
    const [first, second] = next.sections as [ChecklistTemplate['sections'][number], ChecklistTemplate['sections'][number]];
    const item = first.items[0] as (typeof first.items)[number];
    const moved = first.items.splice(1, 1)[0] as (typeof first.items)[number];
    second.items.push(moved);
    item.prompt = { ...item.prompt, vi: 'Câu hỏi mới' };
    item.severity = item.severity === 'high' ? 'low' : 'high';
    item.sources = [...item.sources, '3476/BHXH-TCCB#2.5'];
    item.response = { type: 'text', maxLength: 500 };
    item.evidenceRequired = !item.evidenceRequired;
    const removed = next.sections.pop() as ChecklistTemplate['sections'][number];
    next.sections.push({ id: 'muc-moi', title: { vi: 'Mục mới', en: 'New section' }, items: [{ ...item, id: 'cau-moi' }] });
    next.title = { ...next.title, en: 'Renamed' };

    const diff = diffTemplates(base, next);
    const original = base.sections[0]?.items[0];
    expect(diff).toEqual(
      expect.arrayContaining([
        { change: 'changed', target: 'template', id: base.id, field: 'title.en', before: base.title.en, after: 'Renamed' },
        { change: 'changed', target: 'item', id: item.id, field: 'prompt.vi', before: original?.prompt.vi, after: 'Câu hỏi mới' },
        { change: 'changed', target: 'item', id: item.id, field: 'severity', before: original?.severity, after: item.severity },
        { change: 'changed', target: 'item', id: item.id, field: 'source', before: original?.sources.join(', '), after: item.sources.join(', ') },
        { change: 'changed', target: 'item', id: item.id, field: 'response.type', before: original?.response.type, after: 'text' },
        { change: 'changed', target: 'item', id: item.id, field: 'evidenceRequired', before: String(original?.evidenceRequired), after: String(item.evidenceRequired) },
        { change: 'changed', target: 'item', id: moved.id, field: 'section', before: first.id, after: second.id },
        { change: 'added', target: 'section', id: 'muc-moi', after: 'Mục mới' },
        { change: 'added', target: 'item', id: 'cau-moi', after: 'Câu hỏi mới' },
        { change: 'removed', target: 'section', id: removed.id, before: removed.title.vi },
        ...removed.items.map((i) => ({ change: 'removed', target: 'item', id: i.id, before: i.prompt.vi })),
      ]),
    );
    // Removing the last section moves no other section.
    expect(diff.filter((d) => d.field === 'position')).toEqual([]);
  });

  it('reports a reordered section, and lists everything as added for a new template', () => {
    const next = copy();
    next.sections.reverse();
    expect(diffTemplates(base, next).filter((d) => d.field === 'position').length).toBeGreaterThan(0);
    const fresh = diffTemplates(undefined, base);
    expect(fresh[0]).toEqual({ change: 'added', target: 'template', id: base.id, after: base.title.vi });
    expect(fresh.filter((d) => d.target === 'item')).toHaveLength(base.sections.reduce((n, s) => n + s.items.length, 0));
  });
});
