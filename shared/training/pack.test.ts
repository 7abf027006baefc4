import { describe, expect, it } from 'vitest';
import type { Result } from '../result';
import { PACK_MAX_BYTES, parseScenarioPack, serializeScenarioPack, type PackErrorCode, type PackResult } from './pack';
import { SCENARIO_PACK_FORMAT, type Scenario, type ScenarioPack } from './scenario';
import { SHIPPED_SCENARIOS } from './scenarios';

const NOW = '2026-11-23T02:00:00.000Z';
function shipped(index: number): Scenario {
  const scenario = SHIPPED_SCENARIOS[index];
  if (scenario === undefined) throw new Error(`no shipped scenario ${index}`);
  return scenario;
}
const FIRST = shipped(0);
const SECOND = shipped(1);

/** A pack's JSON with one scenario edited as plain data, as a hand-edited file would be. */
function packWith(edit: (scenario: Record<string, unknown> & Scenario) => unknown, scenarios: readonly Scenario[] = [FIRST]): string {
  const pack = JSON.parse(serializeScenarioPack(scenarios, NOW)) as { scenarios: (Record<string, unknown> & Scenario)[] };
  pack.scenarios = pack.scenarios.map((s, i) => (i === 0 ? (edit(s) as Record<string, unknown> & Scenario) : s));
  return JSON.stringify(pack);
}

function failure(result: PackResult): { code: PackErrorCode; paths: string[] } {
  if (result.ok) throw new Error('expected the pack to be refused');
  return { code: result.error.code, paths: result.error.issues.map((i) => i.path) };
}

describe('scenario packs', () => {
  it('round-trips the shipped scenarios', () => {
    const text = serializeScenarioPack(SHIPPED_SCENARIOS, NOW);
    const result = parseScenarioPack(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual({ format: SCENARIO_PACK_FORMAT, exportedAt: NOW, scenarios: SHIPPED_SCENARIOS });
    expect(serializeScenarioPack(result.value.scenarios, new Date(NOW))).toBe(text);
  });

  it('writes stable, pretty JSON: sorted keys, no database bookkeeping', () => {
    const reordered = Object.fromEntries(Object.entries(FIRST).reverse()) as Scenario;
    const stored = { ...FIRST, source: 'own', updatedAt: NOW } as Scenario;
    const text = serializeScenarioPack([FIRST], NOW);
    expect(serializeScenarioPack([reordered], NOW)).toBe(text);
    expect(serializeScenarioPack([stored], NOW)).toBe(text);
    expect(text).toMatch(/^\{\n {2}"exportedAt": "2026-11-23T02:00:00.000Z",\n {2}"format": /);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toContain('updatedAt');
  });

  it('is a Result the rest of the app can read', () => {
    const result: Result<ScenarioPack, PackErrorCode> = parseScenarioPack('nope');
    expect(result.ok ? null : result.error.code).toBe('not_json');
    expect(result.ok ? null : result.error.detail).toMatch(/JSON/);
  });

  it('refuses a file over the size limit before parsing it, counting UTF-8 bytes', () => {
    expect(failure(parseScenarioPack(' '.repeat(PACK_MAX_BYTES + 1))).code).toBe('too_large');
    const accented = 'ệ'.repeat(Math.ceil(PACK_MAX_BYTES / 3) + 1);
    expect(accented.length).toBeLessThan(PACK_MAX_BYTES);
    expect(failure(parseScenarioPack(accented)).code).toBe('too_large');
    expect(failure(parseScenarioPack(' '.repeat(PACK_MAX_BYTES))).code).toBe('not_json');
  });

  it('refuses text that is not JSON', () => {
    expect(failure(parseScenarioPack('{ "format": '))).toEqual({ code: 'not_json', paths: [''] });
    expect(failure(parseScenarioPack(''))).toMatchObject({ code: 'not_json' });
  });

  it('refuses JSON that is not a scenario pack', () => {
    for (const text of ['[]', '"pack"', 'null', '{}', JSON.stringify({ format: 'inspection-kit/training-scenario/v1' })]) {
      expect(failure(parseScenarioPack(text))).toEqual({ code: 'wrong_format', paths: ['format'] });
    }
    expect(failure(parseScenarioPack(JSON.stringify({ format: SCENARIO_PACK_FORMAT, exportedAt: 'yesterday', scenarios: [FIRST] })))).toEqual({ code: 'wrong_format', paths: ['exportedAt'] });
    expect(failure(parseScenarioPack(JSON.stringify({ format: SCENARIO_PACK_FORMAT, exportedAt: NOW, scenarios: [] })))).toEqual({ code: 'wrong_format', paths: ['scenarios'] });
  });

  it('refuses a scenario the schema rejects, with the path of every issue', () => {
    const result = parseScenarioPack(packWith((s) => ({ ...s, office: { ...s.office, code: 'HN-01' }, targetMinutes: 0 })));
    expect(failure(result)).toEqual({ code: 'invalid_scenario', paths: ['scenarios[0].office.code', 'scenarios[0].targetMinutes'] });
  });

  it('refuses a scenario whose key the item cannot hold, or that names a stranger', () => {
    const wrongType = packWith((s) => ({ ...s, key: { ...s.key, answers: s.key.answers.map((a, i) => (i === 1 ? { ...a, accept: [{ type: 'scale', value: 3 }] } : a)) } }));
    expect(failure(parseScenarioPack(wrongType))).toEqual({ code: 'invalid_scenario', paths: ['scenarios[0].key.answers[1].accept[0]'] });
    const stranger = packWith((s) => ({ ...s, officials: [] }));
    expect(failure(parseScenarioPack(stranger))).toEqual({ code: 'invalid_scenario', paths: ['scenarios[0].key.findings[0].subject.officialId'] });
  });

  it('refuses a template, item or citation this catalogue does not have', () => {
    expect(failure(parseScenarioPack(packWith((s) => ({ ...s, template: { id: s.template.id, version: 99 } }))))).toEqual({ code: 'unknown_template', paths: ['scenarios[0].template'] });
    const item = packWith((s) => ({ ...s, key: { ...s.key, findings: s.key.findings.map((f) => ({ ...f, itemIds: ['no-such-item'] })) } }));
    expect(failure(parseScenarioPack(item))).toEqual({ code: 'unknown_item', paths: ['scenarios[0].key.findings[0].itemIds[0]'] });
    const citation = packWith((s) => ({ ...s, key: { ...s.key, dueProcess: s.key.dueProcess.map((d, i) => (i === 0 ? { ...d, citations: ['Decree 999/2099'] } : d)) } }));
    expect(failure(parseScenarioPack(citation))).toEqual({ code: 'unknown_citation', paths: ['scenarios[0].key.dueProcess[0].citations[0]'] });
  });

  it('names the most basic problem and lists them all', () => {
    const both = packWith((s) => ({ ...s, key: { ...s.key, answers: s.key.answers.map((a, i) => (i === 0 ? { ...a, itemId: 'no-such-item', citations: ['nowhere/0'] } : a)) } }));
    expect(failure(parseScenarioPack(both))).toEqual({ code: 'unknown_item', paths: ['scenarios[0].key.answers[0].citations[0]', 'scenarios[0].key.answers[0].itemId'] });
  });

  it('refuses the same scenario version twice', () => {
    const text = serializeScenarioPack([FIRST, SECOND, FIRST], NOW);
    expect(failure(parseScenarioPack(text))).toEqual({ code: 'duplicate_scenario', paths: ['scenarios[2].id'] });
    const nextVersion = { ...FIRST, version: FIRST.version + 1 };
    expect(parseScenarioPack(serializeScenarioPack([FIRST, nextVersion], NOW)).ok).toBe(true);
  });
});
