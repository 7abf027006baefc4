import { CATALOGUE, itemsOf } from '../catalogue';
import { CITATION_KEYS } from '../catalogue/citations';
import type { ChecklistTemplate } from '../catalogue/schema';
import { checkAnswerValue } from '../domain/answer-validation';
import type { Scenario } from './scenario';

export type ScenarioProblemCode = 'invalid_scenario' | 'unknown_template' | 'unknown_item' | 'unknown_citation';

export interface ScenarioProblem {
  readonly code: ScenarioProblemCode;
  /** Where in the scenario, e.g. `key.answers[2].itemId`. */
  readonly path: string;
  readonly message: string;
}

/**
 * What the schema cannot see: a scenario (shipped or from a pack) must run on
 * a template the catalogue has, name its items, cite keys the registry knows,
 * accept only values the item can hold, and name only its own fictional people.
 */
export function checkScenario(
  scenario: Scenario,
  templates: readonly ChecklistTemplate[] = CATALOGUE,
  citationKeys: ReadonlySet<string> = CITATION_KEYS,
): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const report = (code: ScenarioProblemCode, path: string, message: string): void => void problems.push({ code, path, message });
  const { key } = scenario;

  checkPeople(scenario, report);
  const cite = (keys: readonly string[], path: string): void =>
    keys.forEach((k, i) => {
      if (!citationKeys.has(k)) report('unknown_citation', `${path}.citations[${i}]`, `unknown citation key ${k}`);
    });
  key.answers.forEach((a, i) => cite(a.citations, `key.answers[${i}]`));
  key.findings.forEach((f, i) => cite(f.citations, `key.findings[${i}]`));
  key.dueProcess.forEach((d, i) => cite(d.citations, `key.dueProcess[${i}]`));
  key.dueProcess.forEach((d, i) => {
    if (key.dueProcess.findIndex((other) => other.check === d.check) !== i) report('invalid_scenario', `key.dueProcess[${i}].check`, `${d.check} is listed twice`);
  });

  const { id, version } = scenario.template;
  const template = templates.find((t) => t.id === id && t.version === version);
  if (template === undefined) {
    report('unknown_template', 'template', `the catalogue has no template ${id}@${version}`);
    return problems;
  }
  const items = new Map(itemsOf(template).map((item) => [item.id, item]));
  const seen = new Set<string>();
  key.answers.forEach((answer, i) => {
    const path = `key.answers[${i}]`;
    const item = items.get(answer.itemId);
    if (item === undefined) return report('unknown_item', `${path}.itemId`, `${id}@${version} has no item ${answer.itemId}`);
    if (seen.has(answer.itemId)) report('invalid_scenario', `${path}.itemId`, `${answer.itemId} has two answers in the key`);
    seen.add(answer.itemId);
    answer.accept.forEach((value, v) => {
      const checked = checkAnswerValue(item, value);
      if (!checked.ok) report('invalid_scenario', `${path}.accept[${v}]`, `${answer.itemId} cannot hold this value (${checked.error.code})`);
    });
  });
  key.findings.forEach((finding, i) =>
    finding.itemIds.forEach((itemId, k) => {
      if (!items.has(itemId)) report('unknown_item', `key.findings[${i}].itemIds[${k}]`, `${id}@${version} has no item ${itemId}`);
    }),
  );
  return problems;
}

type Report = (code: ScenarioProblemCode, path: string, message: string) => void;

function checkPeople(scenario: Scenario, report: Report): void {
  if (!scenario.office.demo) report('invalid_scenario', 'office.demo', 'a training office is fictional: demo must be true');
  const ids = new Set<string>();
  scenario.officials.forEach((official, i) => {
    if (ids.has(official.id)) report('invalid_scenario', `officials[${i}].id`, `official id ${official.id} is used twice`);
    ids.add(official.id);
    if (official.officeCode !== scenario.office.code) report('invalid_scenario', `officials[${i}].officeCode`, `${official.id} does not work at ${scenario.office.code}`);
    if (!official.demo) report('invalid_scenario', `officials[${i}].demo`, 'training officials are fictional: demo must be true');
  });
  scenario.key.findings.forEach((finding, i) => {
    const subject = finding.subject;
    if (subject.type === 'official' && !ids.has(subject.officialId)) {
      report('invalid_scenario', `key.findings[${i}].subject.officialId`, `no official ${subject.officialId} in the scenario`);
    }
  });
}
