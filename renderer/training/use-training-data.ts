import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Scenario } from '../../shared/training/scenario';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { trainingMetaDatabase, type TrainingRun } from './db/training-meta-db';

export interface ListedScenario {
  readonly scenario: Scenario;
  readonly shipped: boolean;
}

export const scenarioKey = (scenario: { id: string; version: number }): string => `${scenario.id}@${String(scenario.version)}`;

export const SHIPPED_IDS: ReadonlySet<string> = new Set(SHIPPED_SCENARIOS.map((s) => s.id));

/** Strips the storage fields: what the scorer, the form and packs see. */
export function asScenario(stored: Scenario & { source?: unknown; updatedAt?: unknown }): Scenario {
  const { source, updatedAt, ...scenario } = stored;
  return scenario;
}

/** The latest version of each trainer scenario, by title. */
export function useTrainerScenarios(): readonly Scenario[] | undefined {
  return useLiveQuery(async () => {
    const rows = await trainingMetaDatabase().scenarios.where('source').equals('trainer').toArray();
    const latest = new Map<string, Scenario>();
    for (const row of rows) {
      const current = latest.get(row.id);
      if (current === undefined || row.version > current.version) latest.set(row.id, asScenario(row));
    }
    return [...latest.values()].sort((a, b) => a.title.vi.localeCompare(b.title.vi, 'vi'));
  }, []);
}

/** What a trainee can rehearse: the shipped scenarios, then the trainer's own (latest versions). */
export function useScenarios(): readonly ListedScenario[] | undefined {
  const own = useTrainerScenarios();
  return useMemo(
    () => own && [...SHIPPED_SCENARIOS.map((scenario) => ({ scenario, shipped: true })), ...own.map((scenario) => ({ scenario, shipped: false }))],
    [own],
  );
}

/** One scenario version: stored (runs pin the version they used), else shipped; null when unknown. */
export function useScenario(id: string | undefined, version: number | undefined): Scenario | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined || version === undefined) return undefined;
    const stored = await trainingMetaDatabase().scenarios.get([id, version]);
    if (stored) return asScenario(stored);
    return SHIPPED_SCENARIOS.find((s) => s.id === id && s.version === version) ?? null;
  }, [id, version]);
}

/** The latest version of a scenario by id (trainer's first, else shipped); null when unknown. */
export function useLatestScenario(id: string | undefined): ListedScenario | null | undefined {
  return useLiveQuery(async () => {
    if (id === undefined) return undefined;
    const shipped = SHIPPED_SCENARIOS.find((s) => s.id === id);
    if (shipped) return { scenario: shipped, shipped: true };
    const rows = await trainingMetaDatabase().scenarios.where('id').equals(id).filter((row) => row.source === 'trainer').sortBy('version');
    const last = rows.at(-1);
    return last ? { scenario: asScenario(last), shipped: false } : null;
  }, [id]);
}

/** The run of a training inspection; null when there is none. */
export function useRunRecord(inspectionId: string): TrainingRun | null | undefined {
  return useLiveQuery(async () => (await trainingMetaDatabase().runs.where('inspectionId').equals(inspectionId).first()) ?? null, [inspectionId]);
}

export interface RunWithScenario {
  readonly run: TrainingRun;
  readonly scenario: Scenario | undefined;
}

async function withScenarios(runs: readonly TrainingRun[]): Promise<RunWithScenario[]> {
  const meta = trainingMetaDatabase();
  const stored = await meta.scenarios.bulkGet(runs.map((run) => [run.scenarioId, run.scenarioVersion] as [string, number]));
  return runs.map((run, index) => {
    const found = stored[index];
    return { run, scenario: found ? asScenario(found) : SHIPPED_SCENARIOS.find((s) => s.id === run.scenarioId && s.version === run.scenarioVersion) };
  });
}

/** Runs started and not finished, newest first. */
export function useUnfinishedRuns(): readonly RunWithScenario[] | undefined {
  return useLiveQuery(async () => withScenarios(await trainingMetaDatabase().runs.orderBy('startedAt').reverse().filter((run) => run.finishedAt === null).toArray()), []);
}

/** Finished runs, newest first. */
export function useFinishedRuns(): readonly RunWithScenario[] | undefined {
  return useLiveQuery(async () => withScenarios(await trainingMetaDatabase().runs.orderBy('startedAt').reverse().filter((run) => run.report !== null).toArray()), []);
}
