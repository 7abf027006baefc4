import type { Scenario } from '../../shared/training/scenario';
import { parseScenarioPack } from '../../shared/training/pack';

/** At most this many places are listed; the rest are counted. */
const MAX_PATHS = 20;

export interface PackProblem {
  readonly code: string;
  readonly detail?: string | undefined;
  readonly paths: readonly string[];
}

/** The shared pack reader's answer, in the shape the import panel shows: a code to localize and where. */
export function readPack(text: string): { ok: true; scenarios: readonly Scenario[] } | { ok: false; problem: PackProblem } {
  const parsed = parseScenarioPack(text);
  if (parsed.ok) return { ok: true, scenarios: parsed.value.scenarios };
  const paths = [...new Set(parsed.error.issues.map((issue) => issue.path).filter((path) => path !== ''))];
  const shown = paths.length > MAX_PATHS ? [...paths.slice(0, MAX_PATHS), `… +${String(paths.length - MAX_PATHS)}`] : paths;
  return { ok: false, problem: { code: parsed.error.code, detail: parsed.error.detail, paths: shown } };
}
