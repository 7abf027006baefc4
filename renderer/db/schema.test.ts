import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { FIELD_SCHEMA, applySchema } from './schema';
import { FieldDatabase } from './index';

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
        ['answers', 'auditEvents', 'inspections', 'offices', 'officials', 'settings', 'templates'],
      );
      await current.delete();
    }
  });
});
