import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDatabase } from '../db';
import { TEST_TEMPLATE } from '../db/testing/fixtures';
import { signDecision } from '../../shared/bundle/index';
import { makeHqKeys, testCrypto } from '../../shared/bundle/test-support';
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
    const signed = await signDecision(testCrypto, hq.keys.signingKey, {
      id: '018f6d7e-0000-7000-8000-000000000001', inspectionId: 'insp-1', findingId: 'f-1', outcome: 'approve', reason: 'Đồng ý với đề xuất.', decidedAt: '2026-11-25T04:00:00.000Z',
    });
    hq.pulls['decisions'] = { etag: '"d2"', body: { decisions: [{ id: signed.decision.id, inspectionId: 'insp-1', ...signed }] } };
    const { engine } = engineFor(db, hq);

    expect(await engine.pull()).toEqual({ outcome: 'completed', results: { templates: 'updated', roster: 'updated', decisions: 'updated' } });
    expect(await db.templates.get([TEST_TEMPLATE.id, 2])).toBeDefined();
    expect((await db.offices.toArray()).map((o) => [o.code, o.demo])).toEqual([['HQ-01', false]]);
    expect(await db.decisions.get(signed.decision.id)).toMatchObject({ inspectionId: 'insp-1', findingId: 'f-1', outcome: 'approve', signature: signed.signature });

    expect(await engine.pull()).toEqual({ outcome: 'completed', results: { templates: 'unchanged', roster: 'unchanged', decisions: 'unchanged' } });
  });

  it('refuses decisions HQ\'s pinned key did not sign, and keeps superseded ones as history only', async () => {
    const fields = { inspectionId: 'insp-1', findingId: 'f-1', outcome: 'approve' as const, reason: 'Đồng ý với đề xuất.', decidedAt: '2026-11-25T04:00:00.000Z' };
    const first = await signDecision(testCrypto, hq.keys.signingKey, { ...fields, id: '018f6d7e-0000-7000-8000-000000000001' });
    hq.pulls['decisions'] = { etag: '"d1"', body: { decisions: [first] } };
    const { engine } = engineFor(db, hq);
    await engine.pull();
    expect(await db.decisions.count()).toBe(1);

    // A forged or altered decision: the whole answer is refused, nothing changes.
    const other = await makeHqKeys();
    const forged = await signDecision(testCrypto, other.signingKey, { ...fields, id: '018f6d7e-0000-7000-8000-000000000002', outcome: 'reject' });
    hq.pulls['decisions'] = { etag: '"d2"', body: { decisions: [first, forged] } };
    expect(await engine.pull()).toMatchObject({ results: { decisions: { error: 'bad_response' } } });
    const altered = { ...first, decision: { ...first.decision, outcome: 'reject' } };
    hq.pulls['decisions'] = { etag: '"d3"', body: { decisions: [altered] } };
    expect(await engine.pull()).toMatchObject({ results: { decisions: { error: 'bad_response' } } });
    expect((await db.decisions.toArray()).map((d) => d['outcome'])).toEqual(['approve']);

    // Reopened at HQ and decided again: the new set is current, the old one is kept, marked superseded.
    const second = await signDecision(testCrypto, hq.keys.signingKey, { ...fields, id: '018f6d7e-0000-7000-8000-000000000003', outcome: 'change', changedTo: 'reminder' });
    hq.pulls['decisions'] = { etag: '"d4"', body: { decisions: [second] } };
    await engine.pull();
    const rows = await db.decisions.orderBy('id').toArray();
    expect(rows.map((d) => [d.id, d.supersededAt])).toEqual([
      [first.decision.id, '2026-11-25T03:00:00.000Z'],
      [second.decision.id, undefined],
    ]);
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
