import type { FieldError, FieldErrors, Resolver } from 'react-hook-form';
import { toNestErrors } from '@hookform/resolvers';
import type { z } from 'zod';
import { findTemplate, itemsOf } from '../../shared/catalogue';
import type { ChecklistItem } from '../../shared/catalogue/schema';
import type { AnswerValue } from '../../shared/domain/inspection';
import { SCENARIO_FORMAT, Scenario, type DueProcessCheck } from '../../shared/training/scenario';
import { checkScenario, type ScenarioProblemCode } from '../../shared/training/scenario-check';

type Text = { vi: string; en: string };

/** What the editor's inputs hold: strings where the scenario has objects, so every input has one value. */
export interface ScenarioFormValues {
  id: string;
  version: number;
  title: Text;
  summary: Text;
  situation: Text;
  /** `id@version` of a catalogue template. */
  template: string;
  targetMinutes: number;
  office: { code: string; name: string; province: string; address: string };
  officials: { id: string; fullName: string; position: string; unit: string }[];
  key: {
    /** `accept`: tokens — `yes`/`no`/`na`, scale points, or one typed value. */
    answers: { itemId: string; accept: string[]; why: Text; citations: string[] }[];
    /** `subject`: `office` or an official's id; `minSeverity` '' for any. */
    findings: {
      subject: string; kind: 'violation' | 'commendable'; categories: string[]; minSeverity: string; recommendations: string[]; itemIds: string[];
      protectionClaim: boolean; why: Text; citations: string[];
    }[];
    dueProcess: { check: DueProcessCheck | ''; why: Text; citations: string[] }[];
  };
}

const EMPTY_TEXT: Text = { vi: '', en: '' };

export const emptyAnswer = (): ScenarioFormValues['key']['answers'][number] => ({ itemId: '', accept: [], why: { ...EMPTY_TEXT }, citations: [] });
export const emptyFinding = (): ScenarioFormValues['key']['findings'][number] => ({
  subject: '', kind: 'violation', categories: [], minSeverity: '', recommendations: [], itemIds: [], protectionClaim: false, why: { ...EMPTY_TEXT }, citations: [],
});
export const emptyDueProcess = (): ScenarioFormValues['key']['dueProcess'][number] => ({ check: '', why: { ...EMPTY_TEXT }, citations: [] });
export const emptyOfficial = (): ScenarioFormValues['officials'][number] => ({ id: '', fullName: '', position: '', unit: '' });

export function emptyScenarioForm(): ScenarioFormValues {
  return {
    id: '', version: 1, title: { ...EMPTY_TEXT }, summary: { ...EMPTY_TEXT }, situation: { ...EMPTY_TEXT }, template: '', targetMinutes: 30,
    office: { code: 'TRAIN-', name: '', province: '', address: '' }, officials: [emptyOfficial()],
    key: { answers: [emptyAnswer()], findings: [], dueProcess: [] },
  };
}

const token = (value: AnswerValue): string => String(value.value);

/** A stored scenario in the editor's shape. */
export function formValuesOf(scenario: Scenario): ScenarioFormValues {
  const text = (t: Text): Text => ({ vi: t.vi, en: t.en });
  return {
    id: scenario.id,
    version: scenario.version,
    title: text(scenario.title),
    summary: text(scenario.summary),
    situation: text(scenario.situation),
    template: `${scenario.template.id}@${String(scenario.template.version)}`,
    targetMinutes: scenario.targetMinutes,
    office: { code: scenario.office.code, name: scenario.office.name, province: scenario.office.province, address: scenario.office.address },
    officials: scenario.officials.map((o) => ({ id: o.id, fullName: o.fullName, position: o.position, unit: o.unit })),
    key: {
      answers: scenario.key.answers.map((a) => ({ itemId: a.itemId, accept: a.accept.map(token), why: text(a.why), citations: [...a.citations] })),
      findings: scenario.key.findings.map((f) => ({
        subject: f.subject.type === 'office' ? 'office' : f.subject.officialId,
        kind: f.kind,
        categories: [...f.categories],
        minSeverity: f.minSeverity ?? '',
        recommendations: [...f.recommendations],
        itemIds: [...f.itemIds],
        protectionClaim: f.protectionClaim === true,
        why: text(f.why),
        citations: [...f.citations],
      })),
      dueProcess: scenario.key.dueProcess.map((d) => ({ check: d.check, why: text(d.why), citations: [...d.citations] })),
    },
  };
}

export function templateOf(ref: string) {
  const at = ref.lastIndexOf('@');
  return at < 0 ? undefined : findTemplate(ref.slice(0, at), Number(ref.slice(at + 1)));
}

/** The typed answer a token stands for, by the item's response type; undefined when it cannot be one. */
export function answerValueOf(item: ChecklistItem, raw: string): AnswerValue | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  switch (item.response.type) {
    case 'yes_no_na':
      return text === 'yes' || text === 'no' || text === 'na' ? { type: 'yes_no_na', value: text } : undefined;
    case 'scale':
    case 'number': {
      const value = Number(text.replace(',', '.'));
      return Number.isFinite(value) ? { type: item.response.type, value } : undefined;
    }
    case 'text':
      return { type: 'text', value: text };
    case 'time':
      return { type: 'time', value: text };
  }
}

/** The scenario the values describe, for the shared schema to judge (not yet valid). */
export function toScenarioCandidate(values: ScenarioFormValues): unknown {
  const template = templateOf(values.template);
  const items = new Map((template ? itemsOf(template) : []).map((item) => [item.id, item]));
  const at = values.template.lastIndexOf('@');
  const code = values.office.code.trim().toUpperCase();
  return {
    format: SCENARIO_FORMAT,
    id: values.id.trim(),
    version: values.version,
    title: values.title,
    summary: values.summary,
    situation: values.situation,
    template: at < 0 ? { id: '', version: 0 } : { id: values.template.slice(0, at), version: Number(values.template.slice(at + 1)) },
    office: { ...values.office, code, demo: true },
    officials: values.officials.map((o) => ({ ...o, id: o.id.trim(), officeCode: code, demo: true })),
    targetMinutes: values.targetMinutes,
    key: {
      answers: values.key.answers.map((a) => {
        const item = items.get(a.itemId);
        // A token the item cannot hold is dropped; an empty list is then the error shown.
        const accept = item ? a.accept.filter((t) => typeof t === 'string').map((t) => answerValueOf(item, t)).filter((v) => v !== undefined) : [];
        return { itemId: a.itemId, accept, why: a.why, citations: a.citations };
      }),
      findings: values.key.findings.map((f) => ({
        subject: f.subject === 'office' ? { type: 'office' } : { type: 'official', officialId: f.subject },
        kind: f.kind,
        categories: f.categories,
        minSeverity: f.minSeverity === '' ? null : f.minSeverity,
        recommendations: f.recommendations,
        itemIds: f.itemIds,
        // Optional in the schema: written only when set, so an unchanged scenario saves as it was.
        ...(f.protectionClaim ? { protectionClaim: true } : {}),
        why: f.why,
        citations: f.citations,
      })),
      dueProcess: values.key.dueProcess.map((d) => ({ check: d.check, why: d.why, citations: d.citations })),
    },
  };
}

/** Where an error on a scenario path shows in the form: objects the form holds as one input collapse to it. */
export function formPath(path: readonly PropertyKey[]): string {
  const parts = path.map(String);
  const joined = parts.join('.');
  if (parts[0] === 'template') return 'template';
  if (parts[0] === 'format' || parts[0] === 'version' || joined === 'office.demo') return 'root';
  if (parts[0] === 'officials' && (parts[2] === 'officeCode' || parts[2] === 'demo')) return `officials.${parts[1] ?? ''}.id`;
  if (parts[0] === 'key' && parts[1] === 'findings' && parts[3] === 'subject') return parts.slice(0, 4).join('.');
  if (parts[0] === 'key' && parts[1] === 'answers' && parts[3] === 'accept') return parts.slice(0, 4).join('.');
  if (parts[0] === 'key' && (parts[3] === 'citations' || parts[3] === 'itemIds' || parts[3] === 'categories' || parts[3] === 'recommendations')) return parts.slice(0, 4).join('.');
  return joined;
}

/** The localized message (an i18n key) for a schema issue, by what went wrong and where. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const last = String(issue.path.at(-1) ?? '');
  const path = issue.path.map(String).join('.');
  if (path === 'id') return 'training.form.errors.scenarioId';
  if (path === 'office.code') return 'training.form.errors.officeCode';
  if (/^officials\.\d+\.id$/.test(path)) return 'training.form.errors.officialId';
  if (/\.itemId$/.test(path)) return 'training.form.errors.itemRequired';
  if (/\.accept$/.test(path)) return 'training.form.errors.acceptRequired';
  if (/\.citations$/.test(path)) return issue.code === 'too_big' ? 'training.form.errors.tooMany' : 'training.form.errors.citationsRequired';
  if (/\.subject$|\.officialId$/.test(path)) return 'training.form.errors.subjectRequired';
  if (last === 'check') return 'training.form.errors.checkRequired';
  if (path === 'template' || path.startsWith('template.')) return 'training.form.errors.templateRequired';
  if (path === 'targetMinutes') return 'training.form.errors.targetMinutes';
  if (path === 'key.answers') return 'training.form.errors.answersRequired';
  if (issue.code === 'too_small') return 'training.form.errors.required';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'training.form.errors.tooMany' : 'training.form.errors.tooLong';
  return 'training.form.errors.invalid';
}

const PROBLEM_MESSAGES: Record<ScenarioProblemCode, string> = {
  invalid_scenario: 'training.form.errors.inconsistent',
  unknown_template: 'training.form.errors.templateRequired',
  unknown_item: 'training.form.errors.itemRequired',
  unknown_citation: 'training.form.errors.invalid',
};

/** `key.answers[2].itemId` → ['key', 'answers', '2', 'itemId']. */
const pathParts = (path: string): string[] => path.replace(/\[(\d+)\]/g, '.$1').split('.').filter((p) => p !== '');

/**
 * The editor's resolver: the shared Scenario schema first, then the checks the
 * schema cannot make (catalogue items, citations, the scenario's own people),
 * each error shown beside its input in the user's language.
 */
export const scenarioResolver: Resolver<ScenarioFormValues> = (values, _context, options) => {
  const parsed = Scenario.safeParse(toScenarioCandidate(values));
  const found = parsed.success
    ? checkScenario(parsed.data).map((problem) => ({ path: formPath(pathParts(problem.path)), message: PROBLEM_MESSAGES[problem.code] }))
    : parsed.error.issues.map((issue) => ({ path: formPath(issue.path), message: issueMessage(issue) }));
  if (found.length === 0) return { values, errors: {} };
  const flat: Record<string, FieldError> = {};
  for (const { path, message } of found) flat[path] ??= { type: 'validate', message };
  return { values: {}, errors: toNestErrors(flat as FieldErrors, options) };
};

/** The valid scenario, once the resolver passed. */
export const toScenario = (values: ScenarioFormValues): Scenario => Scenario.parse(toScenarioCandidate(values));
