import type { Inspection } from '../../shared/domain/inspection';
import type { Scenario } from '../../shared/training/scenario';
import { scoreRun, type TrainingRun as RunToScore } from '../../shared/training/score';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import type { FieldDatabase } from '../db';
import { systemClock, type Clock } from '../db/clock';
import { answersOf } from '../db/repositories/answers';
import { guardWrite } from '../db/repositories/repository-error';
import { trainingMetaDatabase, type TrainingMetaDatabase, type TrainingRun } from './db/training-meta-db';
import { startTrainingInspection } from './start-run';

/**
 * Starts a rehearsal: the inspection in the training database, then its run in
 * the history. A shipped scenario is kept beside the run, so its score sheet
 * still reads after an app update ships a newer version.
 */
export async function startRun(
  db: FieldDatabase,
  scenario: Scenario,
  trainee: string,
  clock: Clock = systemClock,
  meta: TrainingMetaDatabase = trainingMetaDatabase(),
): Promise<Inspection> {
  const inspection = await startTrainingInspection(db, scenario, trainee, clock);
  const shipped = SHIPPED_SCENARIOS.some((s) => s.id === scenario.id && s.version === scenario.version);
  await guardWrite(() =>
    meta.transaction('rw', [meta.scenarios, meta.runs], async () => {
      if (shipped && !(await meta.scenarios.get([scenario.id, scenario.version]))) {
        await meta.scenarios.add({ ...scenario, source: 'shipped', updatedAt: inspection.createdAt });
      }
      await meta.runs.add({
        id: clock.newId(),
        scenarioId: scenario.id,
        scenarioVersion: scenario.version,
        trainee: inspection.team.lead,
        inspectionId: inspection.id,
        startedAt: inspection.createdAt,
        finishedAt: null,
        report: null,
      });
    }),
  );
  return inspection;
}

/** Everything the trainee recorded in the run's inspection, as the scorer reads it. */
export async function readRunToScore(db: FieldDatabase, run: TrainingRun, finishedAt: string): Promise<RunToScore> {
  const id = run.inspectionId;
  const [answers, findings, evidence, signOff] = await Promise.all([
    answersOf(db, id),
    db.findings.where('inspectionId').equals(id).toArray(),
    db.evidence.where('inspectionId').equals(id).toArray(),
    db.signOffs.get(id),
  ]);
  return {
    answers,
    findings,
    evidence: evidence.map(({ blob, thumbnail, ...meta }) => meta),
    signOff: signOff ?? null,
    startedAt: run.startedAt,
    finishedAt,
  };
}

/** "Nộp bài": scores the run against its scenario and keeps the report in the history. */
export async function finishRun(
  db: FieldDatabase,
  run: TrainingRun,
  scenario: Scenario,
  clock: Clock = systemClock,
  meta: TrainingMetaDatabase = trainingMetaDatabase(),
): Promise<TrainingRun> {
  const finishedAt = clock.now();
  const report = scoreRun(scenario, await readRunToScore(db, run, finishedAt));
  const finished: TrainingRun = { ...run, finishedAt, report };
  await guardWrite(() => meta.runs.put(finished));
  return finished;
}
