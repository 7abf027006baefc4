import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDevice } from '../shared/bundle/test-support';
import { issueEnrollmentCode } from './enrollment';
import { errorCode } from './staff/test-staff';
import { rowCounts, startTestHq, type TestHq } from './test-support';

/** Issue 8, hostile input: a one-time code works once, before it expires, and never again in any spelling. */
let hq: TestHq;
beforeAll(async () => {
  hq = await startTestHq();
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

async function enrol(code: string, publicKey?: string) {
  const key = publicKey ?? (await makeDevice()).key.publicKeyRaw;
  return hq.server.inject({ method: 'POST', url: '/v1/enrollments', payload: { code, publicKey: key } });
}

describe('enrolment codes', () => {
  it('refuse a replay — same request, other key, other spelling, after revocation — and store nothing', async () => {
    const { display } = await issueEnrollmentCode(hq.database.db, 'Nguyễn Văn A', 1);
    const key = (await makeDevice()).key.publicKeyRaw;
    const first = await enrol(display, key);
    expect(first.statusCode).toBe(201);
    const { token } = first.json<{ token: string }>();
    const before = await rowCounts(hq);
    const spellings = [display, display.toLowerCase(), display.replace(/-/g, ' '), display.replace(/0/g, 'O').replace(/1/g, 'l')];
    for (const spelling of spellings) {
      const replay = await enrol(spelling);
      expect([spelling, replay.statusCode, errorCode(replay)]).toEqual([spelling, 409, 'code_used']);
    }
    // The very same request again (a captured one replayed) is refused too, not answered with the token again.
    const same = await enrol(display, key);
    expect([same.statusCode, errorCode(same)]).toEqual([409, 'code_used']);
    expect(same.body).not.toContain(token);
    await hq.database.db.query(`UPDATE devices SET revoked_at = now()`);
    const afterRevoke = await enrol(display);
    expect([afterRevoke.statusCode, errorCode(afterRevoke)]).toEqual([409, 'code_used']);
    expect(await rowCounts(hq)).toEqual(before);
  });

  it('refuse an expired code for ever, without spending it or creating a device', async () => {
    const { display } = await issueEnrollmentCode(hq.database.db, 'Trần Thị B', 1, new Date(Date.now() - 3_600_000 - 1000));
    const before = await rowCounts(hq);
    for (let i = 0; i < 3; i++) {
      const res = await enrol(display);
      expect([res.statusCode, errorCode(res)]).toEqual([410, 'code_expired']);
    }
    expect(await rowCounts(hq)).toEqual(before);
    const { rows } = await hq.database.db.query<{ used_at: Date | null }>("SELECT used_at FROM enrollment_codes WHERE inspector_name = 'Trần Thị B'");
    expect(rows).toEqual([{ used_at: null }]);
  });

  it('refuse a code that expires between two attempts', async () => {
    const { display } = await issueEnrollmentCode(hq.database.db, 'Lê Văn C', 1);
    await hq.database.db.query("UPDATE enrollment_codes SET expires_at = now() - interval '1 millisecond' WHERE inspector_name = 'Lê Văn C'");
    const res = await enrol(display);
    expect([res.statusCode, errorCode(res)]).toEqual([410, 'code_expired']);
  });
});
