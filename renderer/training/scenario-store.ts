import type { Scenario } from '../../shared/training/scenario';
import { fail, ok, type Result } from '../../shared/result';
import { guardWrite } from '../db/repositories/repository-error';
import { trainingMetaDatabase, type TrainingMetaDatabase } from './db/training-meta-db';
import { asScenario, SHIPPED_IDS } from './use-training-data';

export type ScenarioStoreError = 'id_taken' | 'shipped_id' | 'not_found';

const same = (a: Scenario, b: Scenario): boolean => JSON.stringify(a) === JSON.stringify(b);

async function latestVersion(meta: TrainingMetaDatabase, id: string): Promise<number> {
  const rows = await meta.scenarios.where('id').equals(id).toArray();
  return rows.reduce((max, row) => Math.max(max, row.version), 0);
}

/**
 * Saves a trainer's scenario from the editor. A new one must take an id no
 * other scenario has; an edit overwrites its version unless a run already used
 * it, in which case it becomes the next version (the run's score sheet keeps
 * reading the version it was scored against).
 */
export function saveTrainerScenario(
  scenario: Scenario,
  isNew: boolean,
  at: string = new Date().toISOString(),
  meta: TrainingMetaDatabase = trainingMetaDatabase(),
): Promise<Result<Scenario, ScenarioStoreError>> {
  if (SHIPPED_IDS.has(scenario.id)) return Promise.resolve(fail('shipped_id'));
  return guardWrite(() =>
    meta.transaction('rw', [meta.scenarios, meta.runs], async (): Promise<Result<Scenario, ScenarioStoreError>> => {
      const latest = await latestVersion(meta, scenario.id);
      if (isNew && latest > 0) return fail('id_taken');
      if (!isNew && latest === 0) return fail('not_found');
      const used = !isNew && (await meta.runs.where('[scenarioId+scenarioVersion]').equals([scenario.id, latest]).count()) > 0;
      const stored: Scenario = { ...scenario, version: isNew ? 1 : used ? latest + 1 : latest };
      await meta.scenarios.put({ ...stored, source: 'trainer', updatedAt: at });
      return ok(stored);
    }),
  );
}

/**
 * Stores every scenario of a checked pack, all or none (one transaction). A
 * version already stored with other content comes in as the next version; an
 * identical one is left as it is.
 */
export function importScenarios(
  scenarios: readonly Scenario[],
  at: string = new Date().toISOString(),
  meta: TrainingMetaDatabase = trainingMetaDatabase(),
): Promise<Result<{ readonly added: number; readonly unchanged: number }, ScenarioStoreError>> {
  const shipped = scenarios.find((s) => SHIPPED_IDS.has(s.id));
  if (shipped) return Promise.resolve(fail('shipped_id', shipped.id));
  return guardWrite(() =>
    meta.transaction('rw', meta.scenarios, async () => {
      let added = 0;
      let unchanged = 0;
      for (const scenario of scenarios) {
        const existing = await meta.scenarios.get([scenario.id, scenario.version]);
        if (existing && same(asScenario(existing), scenario)) {
          unchanged++;
          continue;
        }
        const version = existing ? (await latestVersion(meta, scenario.id)) + 1 : scenario.version;
        await meta.scenarios.put({ ...scenario, version, source: 'trainer', updatedAt: at });
        added++;
      }
      return ok({ added, unchanged });
    }),
  );
}
