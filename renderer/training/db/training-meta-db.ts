import Dexie, { type Table } from 'dexie';
import type { Scenario } from '../../../shared/training/scenario';
import type { ScoreReport } from '../../../shared/training/score-types';
import { applySchema, type SchemaVersion } from '../../db/schema';

/**
 * What only training has, in a small database of its own (issue 7): the
 * scenarios (shipped and trainer-written) and each trainee's runs with their
 * score reports. Kept apart from the training database so that one stays
 * exactly the field schema, and can be wiped between rehearsals without
 * losing scenarios or history.
 */
export const TRAINING_META_DB_NAME = 'inspection-kit-training-meta';

export type ScenarioSource = 'shipped' | 'trainer';

/** A scenario as stored: shipped ones are refreshed from the app's data, trainer ones are written in the app. */
export type StoredScenario = Scenario & {
  readonly source: ScenarioSource;
  readonly updatedAt: string;
};

/** One rehearsal of a scenario by a trainee; `report` arrives when the run is scored. */
export interface TrainingRun {
  readonly id: string;
  readonly scenarioId: string;
  readonly scenarioVersion: number;
  /** The trainee's name as typed at the start of the run. */
  readonly trainee: string;
  /** The rehearsal's inspection, in the training database. */
  readonly inspectionId: string;
  readonly startedAt: string;
  readonly finishedAt: string | null;
  readonly report: ScoreReport | null;
}

/** Dated, append-only versions, as the field schema's (renderer/db/schema.ts). */
export const TRAINING_META_SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    date: '2026-11-23',
    stores: {
      // Every version of a scenario is kept: runs name the version they were scored against.
      scenarios: '[id+version], id, source',
      // History by scenario (version), by trainee, newest first; and the run of a training inspection.
      runs: 'id, [scenarioId+scenarioVersion], scenarioId, trainee, startedAt, inspectionId',
    },
  },
];

export class TrainingMetaDatabase extends Dexie {
  declare scenarios: Table<StoredScenario, [string, number]>;
  declare runs: Table<TrainingRun, string>;

  constructor(name: string = TRAINING_META_DB_NAME) {
    // As the field database: a score shown as saved must survive a power cut.
    super(name, { chromeTransactionDurability: 'strict' });
    applySchema(this, TRAINING_META_SCHEMA);
  }
}

let instance: TrainingMetaDatabase | undefined;

export function trainingMetaDatabase(): TrainingMetaDatabase {
  instance ??= new TrainingMetaDatabase();
  return instance;
}
