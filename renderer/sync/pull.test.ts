import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDatabase } from '../db';
import { TEST_TEMPLATE } from '../db/testing/fixtures';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { engineFor, enrolled, fieldDb } from './testing/sync-fixtures';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;

beforeEach(async () => {
  db = await fieldDb(`sync-pull-${++n}`);
  hq = await createFakeHq();
  await enrolled(db, hq);
});
afterEach(async () => {
  await db.delete();
});

describe('pull from HQ', () => {
  it('stores templates, roster and decisions, then asks with If-None-Match and gets 304', async () => {
    hq.pulls['templates'] = { etag: '"t2"', body: { templates: [TEST_TEMPLATE, { ...TEST_TEMPLATE, version: 2 }] } };
    hq.pulls['decisions'] = { etag: '"d2"', body: { decisions: [{ id: 'dec-1', inspectionId: 'insp-1', outcome: 'approve', by: 'Nguyễn Văn Duyệt' }] } };
    const { engine } = engineFor(db, hq);

    expect(await engine.pull()).toEqual({ outcome: 'completed', results: { templates: 'updated', roster: 'updated', decisions: 'updated' } });
    expect(await db.templates.get([TEST_TEMPLATE.id, 2])).toBeDefined();
    expect((await db.offices.toArray()).map((o) => [o.code, o.demo])).toEqual([['HQ-01', false]]);
    expect(await db.decisions.get('dec-1')).toMatchObject({ inspectionId: 'insp-1', outcome: 'approve' });

    expect(await engine.pull()).toEqual({ outcome: 'completed', results: { templates: 'unchanged', roster: 'unchanged', decisions: 'unchanged' } });
  });

  it('keeps what it has when HQ sends something malformed', async () => {
    hq.pulls['roster'] = { etag: '"r9"', body: { offices: [] } };
    const { engine } = engineFor(db, hq);
    const summary = await engine.pull();
    expect(summary).toMatchObject({ results: { roster: { error: 'bad_response' } } });
    expect(await db.offices.count()).toBeGreaterThan(0);
    expect(await db.settings.get('hq.etag.roster')).toBeUndefined();
  });
});
