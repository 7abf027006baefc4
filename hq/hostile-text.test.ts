import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readIkb } from '../shared/bundle/index';
import { testCrypto } from '../shared/bundle/test-support';
import { canonicalBytes } from '../shared/seal/canonical';
import { createStaff, errorCode, signedIn } from './staff/test-staff';
import { inspectionBundle, type RecordTexts } from './test-bundles';
import { enrolDevice, ikbOf, rowCounts, startTestHq, uploadBundle, type EnrolledDevice, type TestHq } from './test-support';

/**
 * Issue 8, hostile input: SQL and markup in every free-text field of a record
 * (and in the ids and office code a device chooses) are stored and answered
 * back literally. HQ builds no SQL from text (parameters only) and answers
 * JSON; the workspace renders text, never HTML, so a byte-exact JSON round
 * trip is what "shown literally" means here.
 */
const HOSTILE = [
  "'); DROP TABLE inspections;--",
  '<script>alert(1)</script>',
  "Robert'); DELETE FROM findings WHERE '1'='1",
  '" OR 1=1 -- <img src=x onerror=alert(1)>',
  '${7*7} {{7*7}} %s %n \\x27 \\u0027',
  "Nguyễn Văn A'; --\u202e‮ <svg onload=alert(1)>",
] as const;

const textsFrom = (pick: (i: number) => string): Required<RecordTexts> => ({
  officeName: pick(0),
  province: pick(1),
  address: pick(2),
  inspector: pick(3),
  officialName: pick(4),
  officialPosition: pick(5),
  narrative: pick(0) + pick(1),
  explanation: pick(2) + pick(3),
  protectionClaim: pick(4),
  overrideReason: pick(5),
  evidenceName: pick(1),
});

function canonicalText(value: unknown): string {
  const bytes = canonicalBytes(value);
  if (!bytes.ok) throw new Error('not canonicalisable');
  return new TextDecoder().decode(bytes.value);
}

let hq: TestHq;
let device: EnrolledDevice;
let cookie: string;

beforeAll(async () => {
  hq = await startTestHq();
  device = await enrolDevice(hq);
  cookie = (await signedIn(hq.server, await createStaff(hq, 'approver'))).cookie;
}, 60_000);
afterAll(async () => {
  await hq.stop();
});

const staffGet = (url: string) => hq.server.inject({ method: 'GET', url, headers: { cookie } });
const staffPost = (url: string, payload?: Record<string, string>) =>
  hq.server.inject({ method: 'POST', url, headers: { cookie, 'x-ik-hq': '1' }, ...(payload === undefined ? {} : { payload }) });

describe('SQL and script strings in every text field', () => {
  it('are stored and answered back byte for byte, tables intact', async () => {
    for (let round = 0; round < HOSTILE.length; round++) {
      const pick = (i: number): string => HOSTILE[(round + i) % HOSTILE.length] ?? '';
      const inspectionId = `${pick(0).slice(0, 40)}-${String(round)}`;
      const bundle = await inspectionBundle(device, hq.keys.public, {
        inspectionId,
        officeCode: round === 1 ? '<script>alert(1)</script>' : "O'R; DROP TABLE x;--",
        texts: textsFrom(pick),
        evidence: [new Uint8Array([round, 1, 2, 3])],
      });
      // What the device sealed, read independently of HQ's storage.
      const sealed = await readIkb(testCrypto, ikbOf(bundle), { privateKey: hq.keys.encryptionPrivateKey, keyId: hq.keys.public.encryptionKeyId }, () =>
        Promise.resolve(device.key.publicKeyRaw),
      );
      if (!sealed.ok) throw new Error(sealed.error.code);
      expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);

      const detail = await staffGet(`/v1/hq/inspections/${encodeURIComponent(inspectionId)}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.headers['content-type']).toMatch(/^application\/json/);
      const body = detail.json<{ id: string; officeCode: string; record: unknown; findings: { record: unknown }[] }>();
      expect(body.id).toBe(inspectionId);
      expect(body.officeCode).toBe(bundle.manifest.officeCode);
      expect(body.record).toEqual(sealed.value.record);
      // jsonb keeps its own key order; in canonical form every string must come back byte for byte.
      expect(canonicalText(body.record)).toBe(canonicalText(sealed.value.record));

      const inbox = await staffGet(`/v1/hq/inspections?office=${encodeURIComponent(bundle.manifest.officeCode)}&limit=200`);
      const item = inbox.json<{ items: { id: string; officeName: string | null; province: string | null }[] }>().items.find((i) => i.id === inspectionId);
      expect(item).toMatchObject({ officeName: pick(0), province: pick(1) });
      const official = await staffGet(`/v1/hq/officials/DEMO-HN-01-03`);
      expect(official.statusCode).toBe(200);
      expect(official.body).toContain(JSON.stringify(pick(4)).slice(1, -1));
    }
    // Every table is still there and holds what was sent.
    const counts = await rowCounts(hq);
    expect(counts.inspections).toBe(HOSTILE.length);
    expect(counts.findings).toBe(2 * HOSTILE.length);
    expect(counts.evidence).toBe(HOSTILE.length);
  }, 60_000);

  it('in a decision reason: stored and shown literally', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { texts: { narrative: HOSTILE[0] } });
    expect((await uploadBundle(hq.server, device, bundle)).statusCode).toBe(201);
    const id = bundle.manifest.inspectionId;
    expect((await staffPost(`/v1/hq/inspections/${id}/review`)).statusCode).toBe(200);
    const detail = (await staffGet(`/v1/hq/inspections/${id}`)).json<{ findings: { id: string; kind: string }[] }>();
    const violation = detail.findings.find((f) => f.kind === 'violation');
    const reason = `${HOSTILE[1]} ${HOSTILE[0]}`;
    const decided = await staffPost(`/v1/hq/inspections/${id}/findings/${violation?.id ?? ''}/decision`, { outcome: 'approve', reason });
    expect(decided.statusCode).toBe(201);
    const after = (await staffGet(`/v1/hq/inspections/${id}`)).json<{ findings: { kind: string; decisions: { reason: string }[] }[] }>();
    expect(after.findings.find((f) => f.kind === 'violation')?.decisions[0]?.reason).toBe(reason);
  });

  it('refuses a NUL character (PostgreSQL text cannot hold it) with a reason, storing nothing', async () => {
    const bundle = await inspectionBundle(device, hq.keys.public, { texts: { explanation: 'trước\u0000sau' } });
    const before = await rowCounts(hq);
    const res = await uploadBundle(hq.server, device, bundle);
    expect([res.statusCode, errorCode(res)]).toEqual([422, 'malformed_payload']);
    expect({ ...(await rowCounts(hq)), staged_parts: 0 }).toEqual({ ...before, staged_parts: 0 });
  });
});
