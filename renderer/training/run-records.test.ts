import { describe, expect, it } from 'vitest';
import { SHIPPED_SCENARIOS } from '../../shared/training/scenarios';
import { FieldDatabase } from '../db';
import { saveAnswer } from '../db/repositories/answers';
import { TrainingMetaDatabase } from './db/training-meta-db';
import { finishRun, startRun } from './run-records';
import { importScenarios, saveTrainerScenario } from './scenario-store';

let n = 0;
const fresh = () => {
  n += 1;
  return { db: new FieldDatabase(`run-records-${String(n)}`), meta: new TrainingMetaDatabase(`run-records-meta-${String(n)}`) };
};
const [first, second] = SHIPPED_SCENARIOS;
if (!first || !second) throw new Error('two shipped scenarios expected');

describe('training runs', () => {
  it('start on the real repositories with the scenario’s people, and score on finish', async () => {
    const { db, meta } = fresh();
    const inspection = await startRun(db, first, 'Trần Văn Học', undefined, meta);
    expect(inspection.officeCode).toBe(first.office.code);
    expect((await db.officials.where('officeCode').equals(first.office.code).count())).toBe(first.officials.length);
    // A second scenario keeps the first one's office: its unfinished run still works.
    await startRun(db, second, 'Lê Thị Thực Tập', undefined, meta);
    expect(await db.offices.get(first.office.code)).toBeDefined();

    const answer = first.key.answers[0];
    if (!answer?.accept[0]) throw new Error('no expected answer');
    await saveAnswer(db, { inspectionId: inspection.id, itemId: answer.itemId, value: answer.accept[0] });
    const run = await meta.runs.where('inspectionId').equals(inspection.id).first();
    if (!run) throw new Error('no run');
    const finished = await finishRun(db, run, first, undefined, meta);
    expect(finished.report?.items.find((item) => item.itemId === answer.itemId)?.correct).toBe(true);
    expect((await meta.runs.get(run.id))?.finishedAt).not.toBeNull();
  });
});

describe('trainer scenarios', () => {
  const own = { ...first, id: 'my-own-scenario' };

  it('overwrite their version until a run used it, then save a new version', async () => {
    const { db, meta } = fresh();
    expect((await saveTrainerScenario(own, true, undefined, meta)).ok).toBe(true);
    expect(await saveTrainerScenario(own, true, undefined, meta)).toEqual({ ok: false, error: { code: 'id_taken' } });
    const edited = await saveTrainerScenario({ ...own, targetMinutes: 40 }, false, undefined, meta);
    expect(edited.ok && edited.value.version).toBe(1);
    await startRun(db, { ...own, targetMinutes: 40 }, 'Trần Văn Học', undefined, meta);
    const again = await saveTrainerScenario({ ...own, targetMinutes: 45 }, false, undefined, meta);
    expect(again.ok && again.value.version).toBe(2);
    expect(await meta.scenarios.count()).toBe(2);
  });

  it('refuse a shipped id, and import all or nothing', async () => {
    const { meta } = fresh();
    expect((await saveTrainerScenario(first, true, undefined, meta)).ok).toBe(false);
    expect(await importScenarios([own, first], undefined, meta)).toEqual({ ok: false, error: { code: 'shipped_id', detail: first.id } });
    expect(await meta.scenarios.count()).toBe(0);
    expect(await importScenarios([own], undefined, meta)).toEqual({ ok: true, value: { added: 1, unchanged: 0 } });
    expect(await importScenarios([own], undefined, meta)).toEqual({ ok: true, value: { added: 0, unchanged: 1 } });
  });
});
