import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { FIELD_SCHEMA, applySchema } from './schema';
import { FieldDatabase } from './index';
import { createInspection } from './repositories/inspections';
import { saveAnswer } from './repositories/answers';
import { addAddendum } from './repositories/seal';
import { deviceKey } from './repositories/device-key';
import { writeSetting } from './repositories/settings';
import { verifyChain, toChainedEvent } from '../../shared/seal/audit-chain';
import { nodeSubtle } from '../../shared/seal/test-support';
import { newInspectionInput, steppingClock } from './testing/fixtures';
import { SECOND_OFFICIAL } from './testing/findings-fixtures';
import { fieldDb, sealedWithPhotos } from '../sync/testing/sync-fixtures';

type Rows = Record<string, unknown[]>;

/** Stores declared by schema versions 1..version (a null store would be a deletion). */
function storesUpTo(version: number): string[] {
  const stores = new Set<string>();
  for (const v of FIELD_SCHEMA.filter((s) => s.version <= version)) {
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(name);
      else stores.add(name);
    }
  }
  return [...stores].sort();
}

/** Blobs and CryptoKeys compare by content, not by identity. */
async function comparable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] };
  if (value instanceof CryptoKey) return { key: value.type, algorithm: value.algorithm, usages: value.usages, extractable: value.extractable };
  if (Array.isArray(value)) return Promise.all(value.map(comparable));
  if (value instanceof Uint8Array || value === null || typeof value !== 'object') return value;
  const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await comparable(v)] as const));
  return Object.fromEntries(entries);
}

async function dump(db: Dexie, stores: readonly string[]): Promise<Rows> {
  const rows: Rows = {};
  for (const store of stores) rows[store] = (await comparable(await db.table(store).toArray())) as unknown[];
  return rows;
}

/**
 * Everything a device holds today, written by the current repositories: the
 * reference data, a sealed inspection with finding, photos, sign-offs and an
 * addendum, an inspection in progress with notes, a setting and HQ history.
 */
async function currentDevice(name: string) {
  const db = await fieldDb(name);
  const clock = steppingClock();
  const sealedId = await sealedWithPhotos(db, clock, 2);
  await addAddendum(db, nodeSubtle, await deviceKey(db, nodeSubtle), sealedId, { text: 'Bổ sung giờ đến: 8 giờ 05.', reason: 'Ghi nhầm giờ' }, clock);
  const open = await createInspection(db, newInspectionInput({ unannounced: false }), clock);
  await saveAnswer(db, { inspectionId: open.id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' }, note: 'Cán bộ không đeo thẻ lúc 8 giờ 05' }, clock);
  await saveAnswer(db, { inspectionId: open.id, itemId: 'courtesy', value: { type: 'scale', value: 4 } }, clock);
  await saveAnswer(db, { inspectionId: open.id, itemId: 'overdue', value: { type: 'number', value: 3 } }, clock);
  await writeSetting(db, 'language', 'vi');
  await db.hqHistory.put({ id: '01900000-0000-7000-8000-000000000001', subject: { type: 'official', officialId: SECOND_OFFICIAL.id }, kind: 'violation', status: 'closed', observedAt: '2026-03-02T02:00:00.000Z' });
  const rows = await dump(db, storesUpTo(FIELD_SCHEMA.at(-1)?.version ?? 0));
  db.close();
  await Dexie.delete(name);
  return { rows, sealedId, openId: open.id };
}

type Device = Awaited<ReturnType<typeof currentDevice>>;
const stripped = (row: object, key: string) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== key));

/**
 * The rows each older version held, derived from today's rows: what that
 * version could store, in that version's shape. A new schema version must add
 * its predecessor here (the first test fails until it does).
 */
const OLDER_VERSIONS: Record<number, (device: Device) => Rows> = {
  // v1: checklists only (no findings, seals or chain hashes): the inspection in progress and reference data.
  1: ({ rows, openId }) => {
    const mine = (r: unknown) => (r as { inspectionId?: string; id?: string }).inspectionId === openId || (r as { id?: string }).id === openId;
    const v1: Rows = {};
    for (const store of storesUpTo(1)) v1[store] = rows[store] ?? [];
    v1['inspections'] = (v1['inspections'] ?? []).filter(mine).map((r) => stripped(r as object, 'lastAuditHash'));
    v1['answers'] = (v1['answers'] ?? []).filter(mine);
    v1['auditEvents'] = (v1['auditEvents'] ?? []).filter(mine).map((r) => stripped(r as object, 'hash'));
    return v1;
  },
  // v2: everything but the sync stores; sealed records were not queued yet.
  2: ({ rows }) => Object.fromEntries(storesUpTo(2).map((store) => [store, rows[store] ?? []])),
};

/** What the current schema should hold after upgrading `old`: the same rows, in today's shape. */
function expectedAfterUpgrade(version: number, device: Device): Rows {
  if (version >= 2) return Object.fromEntries(storesUpTo(version).map((store) => [store, device.rows[store] ?? []]));
  const mine = (r: unknown) => (r as { inspectionId?: string; id?: string }).inspectionId === device.openId || (r as { id?: string }).id === device.openId;
  const expected: Rows = {};
  for (const store of storesUpTo(1)) expected[store] = ['inspections', 'answers', 'auditEvents'].includes(store) ? (device.rows[store] ?? []).filter(mine) : (device.rows[store] ?? []);
  return expected;
}

describe('upgrade from every earlier schema version, with data in every table', () => {
  const current = FIELD_SCHEMA.at(-1)?.version ?? 0;
  const older = FIELD_SCHEMA.map((v) => v.version).filter((v) => v < current);

  it('has a fixture for each earlier version', () => {
    expect(Object.keys(OLDER_VERSIONS).map(Number)).toEqual(older);
  });

  it.each(older)('v%i → current keeps every row, upgraded, and the inspection goes on', async (version) => {
    const name = `schema-upgrade-with-data-v${String(version)}`;
    const device = await currentDevice(`${name}-source`);
    const oldRows = OLDER_VERSIONS[version]?.(device) ?? {};
    for (const store of storesUpTo(version)) expect(oldRows[store]?.length, `fixture rows in ${store}`).toBeGreaterThan(0);

    const old = new Dexie(name);
    applySchema(old, FIELD_SCHEMA.filter((v) => v.version <= version));
    await old.open();
    for (const [store, rows] of Object.entries(oldRows)) await old.table(store).bulkAdd(rows);
    old.close();

    const db = new FieldDatabase(name);
    await db.open();
    expect(db.verno).toBe(current);
    const expected = expectedAfterUpgrade(version, device);
    const upgraded = await dump(db, storesUpTo(current));
    for (const store of storesUpTo(version)) expect(upgraded[store], store).toEqual(expected[store]);

    // Sync stores: every record sealed before them is queued once; nothing else was invented.
    const outboxKey = (r: unknown) => {
      const { inspectionId, kind, addendumNumber, state, createdAt } = r as Record<string, unknown>;
      return JSON.stringify([inspectionId, kind, addendumNumber, state, createdAt]);
    };
    const sealedBefore = version >= 2 ? (device.rows['outbox'] ?? []) : [];
    expect((upgraded['outbox'] ?? []).map(outboxKey).sort()).toEqual(sealedBefore.map(outboxKey).sort());
    for (const store of storesUpTo(current).filter((s) => !storesUpTo(version).includes(s) && s !== 'outbox')) {
      expect(upgraded[store], store).toEqual([]);
    }

    // The upgraded database takes new work, and every audit trail still verifies.
    await saveAnswer(db, { inspectionId: device.openId, itemId: 'remarks', value: { type: 'text', value: 'Đã nâng cấp' } }, steppingClock(Date.parse('2026-12-01T02:00:00.000Z')));
    for (const inspection of await db.inspections.toArray()) {
      const trail = await db.auditEvents.where('[inspectionId+seq]').between([inspection.id, 0], [inspection.id, Infinity]).toArray();
      expect((await verifyChain(nodeSubtle, trail.map(toChainedEvent))).ok, inspection.id).toBe(true);
    }
    expect((await db.answers.where('inspectionId').equals(device.openId).count())).toBe(4);
    await db.delete();
  });
});
