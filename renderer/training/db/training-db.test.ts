import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_DB_NAME, fieldDatabase } from '../../db';
import { FIELD_SCHEMA } from '../../db/schema';
import { seedReferenceData } from '../../db/repositories/reference-data';
import { createInspection } from '../../db/repositories/inspections';
import { TEST_ROSTER, TEST_TEMPLATE, newInspectionInput, steppingClock } from '../../db/testing/fixtures';
import { TRAINING_DB_NAME, trainingDatabase } from './training-db';

// The app's singletons: emptied, not deleted (a deleted Dexie stays closed).
afterEach(async () => {
  await Promise.all([trainingDatabase(), fieldDatabase()].flatMap((db) => db.tables.map((table) => table.clear())));
});

describe('the training database', () => {
  it('is one instance, under its own name, never the field database', () => {
    expect(trainingDatabase()).toBe(trainingDatabase());
    expect(trainingDatabase().name).toBe(TRAINING_DB_NAME);
    expect(TRAINING_DB_NAME).not.toBe(FIELD_DB_NAME);
    expect(trainingDatabase()).not.toBe(fieldDatabase());
  });

  it('has the field schema, so the field repositories work on it', async () => {
    const db = trainingDatabase();
    await db.open();
    expect(db.verno).toBe(FIELD_SCHEMA.at(-1)?.version);
    expect(db.tables.map((t) => t.name).sort()).toEqual(fieldDatabase().tables.map((t) => t.name).sort());
  });

  it('keeps a rehearsal out of the field database', async () => {
    const db = trainingDatabase();
    await seedReferenceData(db, [TEST_TEMPLATE], TEST_ROSTER);
    const inspection = await createInspection(db, newInspectionInput(), steppingClock());
    expect(await db.inspections.get(inspection.id)).toBeDefined();
    expect(await fieldDatabase().inspections.count()).toBe(0);
    expect(await fieldDatabase().auditEvents.count()).toBe(0);
  });
});
