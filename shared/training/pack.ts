import type { z } from 'zod';
import { ok } from '../result';
import { Scenario, SCENARIO_PACK_FORMAT, ScenarioPack } from './scenario';
import { checkScenario, type ScenarioProblemCode } from './scenario-check';

/**
 * Scenario packs: how trainers share scenarios between devices (a JSON file).
 * A pack is untrusted input: it is size-checked before parsing, validated with
 * the same zod schema the app uses, then cross-checked against this device's
 * catalogue, and rejected whole with every problem listed, never half-imported.
 */
export const PACK_MAX_BYTES = 2 * 1024 * 1024;

export type PackErrorCode = 'not_json' | 'wrong_format' | 'too_large' | 'duplicate_scenario' | ScenarioProblemCode;

export interface PackIssue {
  /** Where, e.g. `scenarios[2].key.answers[0].itemId`; empty for the file as a whole. */
  readonly path: string;
  readonly message: string;
}

/** Fits the repo's `Result` error shape (`code`, `detail`) and adds every issue found. */
export interface PackError {
  readonly code: PackErrorCode;
  readonly detail?: string;
  readonly issues: readonly PackIssue[];
}

export type PackResult = { readonly ok: true; readonly value: ScenarioPack } | { readonly ok: false; readonly error: PackError };

const packError = (code: PackErrorCode, issues: readonly PackIssue[]): { ok: false; error: PackError } => ({
  ok: false,
  error: { code, issues, ...(issues[0] === undefined ? {} : { detail: `${issues[0].path} ${issues[0].message}`.trim() }) },
});

/** When a scenario has several kinds of problem, the pack is refused for the most basic one. */
const PROBLEM_ORDER: readonly ScenarioProblemCode[] = ['unknown_template', 'unknown_item', 'unknown_citation', 'invalid_scenario'];

export function parseScenarioPack(text: string): PackResult {
  if (exceedsUtf8Bytes(text, PACK_MAX_BYTES)) return packError('too_large', [{ path: '', message: `the pack is larger than ${PACK_MAX_BYTES} bytes` }]);

  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return packError('not_json', [{ path: '', message: error instanceof Error ? error.message : 'not JSON' }]);
  }
  const format = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as { format?: unknown }).format : undefined;
  if (format !== SCENARIO_PACK_FORMAT) {
    return packError('wrong_format', [{ path: 'format', message: `expected ${SCENARIO_PACK_FORMAT}, got ${format === undefined ? 'nothing' : JSON.stringify(format)}` }]);
  }

  const parsed = ScenarioPack.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(toIssue);
    const outside = parsed.error.issues.some((issue) => issue.path[0] !== 'scenarios' || typeof issue.path[1] !== 'number');
    return packError(outside ? 'wrong_format' : 'invalid_scenario', issues);
  }
  const pack = parsed.data;

  const seen = new Map<string, number>();
  const duplicates: PackIssue[] = [];
  pack.scenarios.forEach((scenario, index) => {
    const label = `${scenario.id}@${scenario.version}`;
    const first = seen.get(label);
    if (first !== undefined) duplicates.push({ path: `scenarios[${index}].id`, message: `${label} is also scenarios[${first}]` });
    else seen.set(label, index);
  });
  if (duplicates.length > 0) return packError('duplicate_scenario', duplicates);

  const problems = pack.scenarios.flatMap((scenario, index) => checkScenario(scenario).map((p) => ({ ...p, path: `scenarios[${index}].${p.path}` })));
  const code = PROBLEM_ORDER.find((c) => problems.some((p) => p.code === c));
  if (code !== undefined) return packError(code, problems.map(({ path, message }) => ({ path, message })));
  return ok(pack);
}

/**
 * A pack as pretty JSON with keys sorted at every level, so the same scenarios
 * always give the same file. Fields the schema does not know (a database row's
 * bookkeeping) are dropped; an invalid scenario throws, as it is a programming error.
 */
export function serializeScenarioPack(scenarios: readonly Scenario[], now: Date | string): string {
  const pack = ScenarioPack.parse({
    format: SCENARIO_PACK_FORMAT,
    exportedAt: new Date(now).toISOString(),
    scenarios: scenarios.map((scenario) => Scenario.parse(scenario)),
  });
  return `${JSON.stringify(sortKeys(pack), null, 2)}\n`;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (typeof value !== 'object' || value === null) return value;
  const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries.map(([key, inner]) => [key, sortKeys(inner)]));
}

function toIssue(issue: z.core.$ZodIssue): PackIssue {
  const path = issue.path.reduce<string>(
    (joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joined === '' ? String(key) : `${joined}.${String(key)}`),
    '',
  );
  return { path, message: issue.message };
}

/** Whether the UTF-8 encoding of `text` is longer than `limit` bytes, counting no further than needed (no TextEncoder in shared/). */
function exceedsUtf8Bytes(text: string, limit: number): boolean {
  if (text.length * 3 <= limit) return false;
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
    if (bytes > limit) return true;
  }
  return false;
}
