import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Table } from 'dexie';
import { FieldDatabase } from '../index';
import { addAddendum } from './seal';
import { verifyIntegrity } from './integrity';
import { seedReferenceData } from './reference-data';
import { TEST_TEMPLATE, steppingClock } from '../testing/fixtures';
import { FINDINGS_ROSTER, sealedInspection, subtle } from '../testing/findings-fixtures';

/** Tables holding the inspection's own data; the roster, templates and device key are reference data. */
const TABLES = ['inspections', 'answers', 'findings', 'evidence', 'signOffs', 'seals', 'addenda', 'auditEvents'] as const;
/** Derived caches that are not part of the record. */
const UNSEALED = new Set(['evidence.thumbnail', 'evidence.blob']);

type Leaf = { table: (typeof TABLES)[number]; key: unknown; path: (string | number)[] };
type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (value instanceof Blob || value === undefined) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (value !== null && typeof value === 'object') {
    if (!(Object.getPrototypeOf(value) === Object.prototype)) return [];
    return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  }
  return [path];
}

/** The smallest change to a leaf that keeps its type. */
function mutated(leaf: Json): Json {
  if (typeof leaf === 'string') return leaf.length > 0 ? `${leaf.slice(0, -1)}${leaf.endsWith('x') ? 'y' : 'x'}` : 'x';
  if (typeof leaf === 'number') return leaf + 1;
  if (typeof leaf === 'boolean') return !leaf;
  return 'x';
}

function setAt(row: Record<string, unknown>, path: (string | number)[], change: (old: Json) => Json): Record<string, unknown> {
  const copy = structuredClone(row);
  let node: Record<string | number, unknown> = copy;
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>;
  const last = path.at(-1) ?? '';
  node[last] = change(node[last] as Json);
  return copy;
}

let db: FieldDatabase;
let inspectionId: string;
const all: Leaf[] = [];

beforeAll(async () => {
  db = new FieldDatabase('integrity-property');
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
  const clock = steppingClock();
  const sealed = await sealedInspection(db, clock);
  inspectionId = sealed.inspectionId;
  await addAddendum(db, subtle, sealed.key, inspectionId, { text: 'Bổ sung giờ đến.', reason: 'Ghi nhầm' }, clock);
  for (const table of TABLES) {
    const t: Table<Record<string, unknown>, unknown> = db.table(table);
    for (const key of await t.toCollection().primaryKeys()) {
      const row = await t.get(key);
      // Changing a primary key writes a second row instead of changing this one: not a field edit.
      const primaryKey = t.schema.primKey.keyPath;
      for (const path of leaves(row)) {
        if (UNSEALED.has(`${table}.${String(path[0])}`) || (path.length === 1 && path[0] === primaryKey)) continue;
        all.push({ table, key, path });
      }
    }
  }
});
afterAll(async () => {
  await db.delete();
});

describe('verify integrity', () => {
  it('passes on the untouched record and knows every stored leaf', async () => {
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(true);
    expect(all.length).toBeGreaterThan(150);
  });

  const detects = async ({ table, key, path }: Leaf): Promise<void> => {
    const t: Table<Record<string, unknown>, unknown> = db.table(table);
    const original = await t.get(key);
    if (!original) throw new Error('row vanished');
    // Written below the repositories, as someone editing the database files would.
    await t.put(setAt(original, path, mutated));
    try {
      const report = await verifyIntegrity(db, subtle, inspectionId);
      expect(report.ok, `${table}.${path.join('.')}`).toBe(false);
    } finally {
      await t.put(original);
    }
  };

  it('detects any single changed field in any table of the inspection (property)', async () => {
    await fc.assert(fc.asyncProperty(fc.constantFrom(...all), detects), { numRuns: 200 });
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(true);
  }, 60_000);

  it('detects a change to every one of those fields, one at a time (exhaustive)', async () => {
    for (const leaf of all) await detects(leaf);
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(true);
  }, 120_000);

  it('detects evidence bytes swapped behind the same metadata', async () => {
    const row = await db.evidence.toCollection().first();
    if (!row) throw new Error('no evidence');
    await db.evidence.put({ ...row, blob: new Blob([new Uint8Array([9, 9, 9])]) });
    const report = await verifyIntegrity(db, subtle, inspectionId);
    await db.evidence.put(row);
    expect(report.checks.find((c) => c.id === 'evidence')).toMatchObject({ ok: false, detail: `evidence:${row.id}` });
  });

  it('detects a removed audit event and a truncated log', async () => {
    const trail = await db.auditEvents.where('inspectionId').equals(inspectionId).sortBy('seq');
    const middle = trail[3];
    const last = trail.at(-1);
    if (!middle || !last) throw new Error('short trail');
    await db.auditEvents.delete(middle.id);
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(false);
    await db.auditEvents.put(middle);
    await db.auditEvents.delete(last.id);
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(false);
    await db.auditEvents.put(last);
    expect((await verifyIntegrity(db, subtle, inspectionId)).ok).toBe(true);
  });
});
