import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FieldDatabase } from '../db';
import { readEnrollment } from '../db/repositories/enrollment';
import { steppingClock } from '../db/testing/fixtures';
import { createFakeHq, type FakeHq } from './testing/fake-hq';
import { bundleCrypto, fieldDb, sealedWithPhotos } from './testing/sync-fixtures';
import { enroll, ENROLLMENT_CODE, normaliseHqUrl } from './enroll';

let db: FieldDatabase;
let hq: FakeHq;
let n = 0;

beforeEach(async () => {
  db = await fieldDb(`sync-enroll-${++n}`);
  hq = await createFakeHq({ codes: ['ABCD-EFGH-JKMN', 'PQRS-TUVW-XYZ2'] });
});
afterEach(async () => {
  await db.delete();
});

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error?.code);

describe('HQ URL', () => {
  it.each([
    ['https://hq.bhxh.example.vn', 'https://hq.bhxh.example.vn'],
    ['  https://hq.example.vn/inspection-kit/  ', 'https://hq.example.vn/inspection-kit'],
    ['http://localhost:8443', 'http://localhost:8443'],
    ['http://127.0.0.1:8443/', 'http://127.0.0.1:8443'],
  ])('accepts %s', (typed, normal) => {
    expect(normaliseHqUrl(typed)).toEqual({ ok: true, value: normal });
  });

  it.each([
    ['http://hq.example.vn', 'hq_url_insecure'],
    ['http://192.168.1.10:8443', 'hq_url_insecure'],
    ['http://[::1]:8443', 'hq_url_insecure'],
    ['http://localhost.evil.example', 'hq_url_insecure'],
    ['hq.example.vn', 'hq_url_invalid'],
    ['ftp://hq.example.vn', 'hq_url_invalid'],
    ['https://user:pw@hq.example.vn', 'hq_url_invalid'],
    ['https://hq.example.vn/?x=1', 'hq_url_invalid'],
    ['', 'hq_url_invalid'],
  ])('refuses %s with %s', (typed, reason) => {
    expect(code(normaliseHqUrl(typed))).toBe(reason);
  });

  it('accepts codes in any case, with or without dashes', () => {
    for (const ok of ['ABCD-EFGH-JKMN', 'abcd-efgh-jkmn', 'ABCDEFGHJKMN', 'ABCD EFGH JKMN']) expect(ENROLLMENT_CODE.test(ok)).toBe(true);
    for (const bad of ['ABCD-EFGH', 'ABCD-EFGH-JKMN-X', 'ABCD_EFGH_JKMN', 'ÀBCD-EFGH-JKMN']) expect(ENROLLMENT_CODE.test(bad)).toBe(false);
  });
});

describe('enroll', () => {
  it('sends the device key, pins HQ\'s keys and stores the token', async () => {
    const result = await enroll(db, bundleCrypto, hq.fetch, { hqUrl: `${hq.url}/`, code: 'abcd-efgh-jkmn' });
    expect(result.ok).toBe(true);
    const stored = await readEnrollment(db);
    expect(stored).toMatchObject({ hqUrl: hq.url, deviceId: 'dev-1', inspectorName: 'Trần Thị Trưởng Đoàn', hq: hq.keys.publicKeys });
    expect(hq.devices.get('dev-1')?.publicKey).toBe((await db.deviceKeys.get('device'))?.publicKeyRaw);
    expect(stored?.token).toBe(hq.devices.get('dev-1')?.token);
  });

  it('refuses bad input before contacting HQ', async () => {
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: 'http://hq.example.vn', code: 'ABCD-EFGH-JKMN' }))).toBe('hq_url_insecure');
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'ABC' }))).toBe('code_invalid');
    expect(hq.stats.requests).toEqual([]);
    expect(await readEnrollment(db)).toBeUndefined();
  });

  it('passes on HQ\'s reason codes and stores nothing', async () => {
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'ZZZZ-ZZZZ-ZZZZ' }))).toBe('unknown_code');
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'ABCD-EFGH-JKMN' }))).toBe('ok');
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'ABCDEFGHJKMN' }))).toBe('code_used');
    hq.faults.failNext = { count: 1, status: 410, code: 'code_expired' };
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'PQRS-TUVW-XYZ2' }))).toBe('code_expired');
    hq.faults.down = true;
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'PQRS-TUVW-XYZ2' }))).toBe('hq_unreachable');
    expect((await readEnrollment(db))?.deviceId).toBe('dev-1');
  });

  it('refuses a malformed answer', async () => {
    const liar: typeof hq.fetch = () => Promise.resolve(new Response(JSON.stringify({ deviceId: 'x', token: 'short' }), { status: 201 }));
    expect(code(await enroll(db, bundleCrypto, liar, { hqUrl: hq.url, code: 'ABCD-EFGH-JKMN' }))).toBe('bad_response');
    expect(await readEnrollment(db)).toBeUndefined();
  });

  it('moves to another HQ only when confirmed while bundles wait, and queues them again under new ids', async () => {
    await sealedWithPhotos(db, steppingClock(), 0);
    expect(code(await enroll(db, bundleCrypto, hq.fetch, { hqUrl: hq.url, code: 'ABCD-EFGH-JKMN' }))).toBe('ok');
    const [before] = await db.outbox.toArray();
    const other = await createFakeHq({ codes: ['NEWH-QCOD-E234'] });
    const elsewhere = { hqUrl: 'https://hq2.example.vn', code: 'NEWH-QCOD-E234' };
    const otherFetch: typeof other.fetch = (input, init) => other.fetch(input.replace('https://hq2.example.vn', other.url), init);

    expect(code(await enroll(db, bundleCrypto, otherFetch, elsewhere))).toBe('outbox_not_empty');
    expect((await readEnrollment(db))?.hqUrl).toBe(hq.url);

    expect(code(await enroll(db, bundleCrypto, otherFetch, { ...elsewhere, confirmReplace: true }))).toBe('ok');
    expect((await readEnrollment(db))?.hq).toEqual(other.keys.publicKeys);
    const after = await db.outbox.toArray();
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ inspectionId: before?.inspectionId, state: 'queued', attempts: 0 });
    expect(after[0]?.bundleId).not.toBe(before?.bundleId);
  });
});
