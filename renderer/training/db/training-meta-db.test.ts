import { afterEach, describe, expect, it } from 'vitest';
import { Scenario, SCENARIO_FORMAT } from '../../../shared/training/scenario';
import { TRAINING_DB_NAME } from './training-db';
import { TRAINING_META_DB_NAME, TRAINING_META_SCHEMA, TrainingMetaDatabase, trainingMetaDatabase, type StoredScenario, type TrainingRun } from './training-meta-db';

const text = (vi: string, en: string) => ({ vi, en });

const scenario = (version: number): Scenario =>
  Scenario.parse({
    format: SCENARIO_FORMAT,
    id: 'badge-missing',
    version,
    title: text('Thiếu thẻ công chức', 'Missing badge'),
    summary: text('Một cán bộ không đeo thẻ.', 'An official wears no badge.'),
    situation: text('Bộ phận một cửa lúc 8 giờ sáng.', 'The one-stop desk at 8 a.m.'),
    template: { id: 'unannounced-district-office', version: 1 },
    office: { code: 'TRAIN-HN-01', name: 'BHXH diễn tập', province: 'Hà Nội', address: 'Số 1', demo: true },
    officials: [],
    targetMinutes: 30,
    key: {
      answers: [{ itemId: 'badge', accept: [{ type: 'yes_no_na', value: 'no' }], why: text('Không đeo thẻ.', 'No badge.'), citations: ['QD-4859'] }],
      findings: [],
      dueProcess: [],
    },
  });

let n = 0;
const dbs: TrainingMetaDatabase[] = [];
const freshDb = () => {
  const db = new TrainingMetaDatabase(`training-meta-${++n}`);
  dbs.push(db);
  return db;
};
afterEach(async () => {
  await Promise.all(dbs.splice(0).map((db) => db.delete()));
});

describe('training meta schema', () => {
  it('is dated and append-only, and its own database beside the training one', () => {
    expect(TRAINING_META_SCHEMA.map((v) => v.version)).toEqual([1]);
    for (const v of TRAINING_META_SCHEMA) expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(trainingMetaDatabase()).toBe(trainingMetaDatabase());
    expect(trainingMetaDatabase().name).toBe(TRAINING_META_DB_NAME);
    expect(TRAINING_META_DB_NAME).not.toBe(TRAINING_DB_NAME);
  });

  it('opens at version 1 with exactly the scenarios and runs tables and their indexes', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(1);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['runs', 'scenarios']);
    expect(db.scenarios.schema.primKey.keyPath).toEqual(['id', 'version']);
    expect(db.scenarios.schema.indexes.map((i) => i.name).sort()).toEqual(['id', 'source']);
    expect(db.runs.schema.primKey.keyPath).toBe('id');
    expect(db.runs.schema.indexes.map((i) => i.name).sort()).toEqual(['[scenarioId+scenarioVersion]', 'inspectionId', 'scenarioId', 'startedAt', 'trainee']);
  });

  it('keeps every version of a scenario, by [id+version]', async () => {
    const db = freshDb();
    const stored = (version: number, source: StoredScenario['source']): StoredScenario => ({ ...scenario(version), source, updatedAt: '2026-11-23T03:00:00.000Z' });
    await db.scenarios.bulkPut([stored(1, 'shipped'), stored(2, 'trainer')]);
    await db.scenarios.put({ ...stored(2, 'trainer'), updatedAt: '2026-11-23T04:00:00.000Z' });
    expect(await db.scenarios.where('id').equals('badge-missing').count()).toBe(2);
    expect((await db.scenarios.get(['badge-missing', 2]))?.updatedAt).toBe('2026-11-23T04:00:00.000Z');
    expect(await db.scenarios.where('source').equals('trainer').primaryKeys()).toEqual([['badge-missing', 2]]);
  });

  it('finds runs by scenario version, by trainee newest first, and by training inspection; unfinished runs have no report', async () => {
    const db = freshDb();
    const run = (id: string, trainee: string, version: number, startedAt: string): TrainingRun => ({
      id, scenarioId: 'badge-missing', scenarioVersion: version, trainee, inspectionId: `insp-${id}`, startedAt, finishedAt: null, report: null,
    });
    await db.runs.bulkPut([run('a', 'Lê Văn An', 1, '2026-11-23T01:00:00.000Z'), run('b', 'Lê Văn An', 2, '2026-11-23T02:00:00.000Z'), run('c', 'Trần Thị Bình', 2, '2026-11-23T03:00:00.000Z')]);
    expect(await db.runs.where('[scenarioId+scenarioVersion]').equals(['badge-missing', 2]).primaryKeys()).toEqual(['b', 'c']);
    expect((await db.runs.where('trainee').equals('Lê Văn An').reverse().sortBy('startedAt')).map((r) => r.id)).toEqual(['b', 'a']);
    expect((await db.runs.where('inspectionId').equals('insp-c').first())?.id).toBe('c');
    expect((await db.runs.get('a'))?.report).toBeNull();
  });
});
