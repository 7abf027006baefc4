import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { FIELD_SCHEMA, applySchema } from './schema';
import { FieldDatabase } from './index';
import { createInspection } from './repositories/inspections';
import { saveAnswer } from './repositories/answers';
import { seedReferenceData } from './repositories/reference-data';
import { verifyChain, toChainedEvent } from '../../shared/seal/audit-chain';
import { nodeSubtle } from '../../shared/seal/test-support';
import { TEST_ROSTER, TEST_TEMPLATE, newInspectionInput, steppingClock } from './testing/fixtures';
import { addAddendum } from './repositories/seal';
import { deviceKey } from './repositories/device-key';
import { fieldDb, sealedWithPhotos } from '../sync/testing/sync-fixtures';

describe('field schema versions', () => {
  it('are dated and strictly increasing (append-only)', () => {
    const versions = FIELD_SCHEMA.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const v of FIELD_SCHEMA) expect(v.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('opens every older version, then upgrades it to the current one keeping its rows', async () => {
    for (let upTo = 1; upTo <= FIELD_SCHEMA.length; upTo++) {
      const name = `schema-upgrade-${upTo}`;
      const old = new Dexie(name);
      applySchema(old, FIELD_SCHEMA.slice(0, upTo));
      await old.open();
      await old.table('settings').put({ key: 'probe', value: upTo });
      old.close();

      const current = new FieldDatabase(name);
      await current.open();
      expect(current.verno).toBe(FIELD_SCHEMA.at(-1)?.version);
      expect(await current.settings.get('probe')).toEqual({ key: 'probe', value: upTo });
      expect(current.tables.map((t) => t.name).sort()).toEqual(
        ['addenda', 'answers', 'auditEvents', 'bundleManifests', 'bundleParts', 'decisions', 'deviceKeys', 'evidence', 'findings', 'hqHistory', 'inspections', 'offices', 'officials', 'outbox', 'seals', 'settings', 'signOffs', 'templates'],
      );
      await current.delete();
    }
  });

  it('v1 → v2 chains the audit events written before chaining, and the chain then verifies', async () => {
    const name = 'schema-upgrade-chain';
    const current = new FieldDatabase(name);
    await seedReferenceData(current, [TEST_TEMPLATE], TEST_ROSTER);
    const clock = steppingClock();
    const inspection = await createInspection(current, newInspectionInput(), clock);
    await saveAnswer(current, { inspectionId: inspection.id, itemId: 'badge', value: { type: 'yes_no_na', value: 'no' } }, clock);
    const v2rows = await current.auditEvents.toArray();
    const v2head = (await current.inspections.get(inspection.id))?.lastAuditHash;
    const rows = v2rows.map(({ hash, ...event }) => event);
    const row = await current.inspections.get(inspection.id);
    current.close();
    await Dexie.delete(name);

    // The same rows as schema v1 stored them: no hashes anywhere.
    const old = new Dexie(name);
    applySchema(old, FIELD_SCHEMA.slice(0, 1));
    await old.open();
    await old.table('auditEvents').bulkAdd(rows);
    await old.table('inspections').add({ ...row, lastAuditHash: undefined });
    old.close();

    const upgraded = new FieldDatabase(name);
    const trail = await upgraded.auditEvents.orderBy('id').toArray();
    expect(trail.map((e) => e.hash)).toEqual(v2rows.map((e) => e.hash));
    expect((await verifyChain(nodeSubtle, trail.map(toChainedEvent))).ok).toBe(true);
    expect((await upgraded.inspections.get(inspection.id))?.lastAuditHash).toBe(v2head);
    await upgraded.delete();
  });

  it('v2 → v3 queues every record sealed before sync existed (inspections and addenda)', async () => {
    const name = 'schema-upgrade-outbox';
    const current = await fieldDb(name);
    const clock = steppingClock();
    const inspectionId = await sealedWithPhotos(current, clock, 0);
    await addAddendum(current, nodeSubtle, await deviceKey(current, nodeSubtle), inspectionId, { text: 'Bổ sung.', reason: 'Thiếu' }, clock);
    const seals = await current.seals.toArray();
    const addenda = await current.addenda.toArray();
    current.close();
    await Dexie.delete(name);

    const old = new Dexie(name);
    applySchema(old, FIELD_SCHEMA.slice(0, 2));
    await old.open();
    await old.table('seals').bulkAdd(seals);
    await old.table('addenda').bulkAdd(addenda);
    old.close();

    const upgraded = new FieldDatabase(name);
    const rows = await upgraded.outbox.toArray();
    expect(rows.map((r) => [r.inspectionId, r.kind, r.addendumNumber, r.state, r.createdAt]).sort()).toEqual(
      [
        [inspectionId, 'addendum', 1, 'queued', addenda[0]?.createdAt],
        [inspectionId, 'inspection', undefined, 'queued', seals[0]?.seal.sealedAt],
      ].sort(),
    );
    expect(new Set(rows.map((r) => r.bundleId)).size).toBe(2);
    await upgraded.delete();
  });
});
