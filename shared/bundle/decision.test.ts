import { beforeAll, describe, expect, it } from 'vitest';
import { signDecision, verifyDecision, type Decision } from './decision';
import { signReceipt } from './receipt';
import { makeHqKeys, testCrypto, type TestHqKeys } from './test-support';

let hq: TestHqKeys;
beforeAll(async () => {
  hq = await makeHqKeys();
});

const fields: Omit<Decision, 'format'> = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
  inspectionId: 'insp-1',
  findingId: 'finding-1',
  outcome: 'change',
  changedTo: 'reminder',
  reason: 'Lần đầu vi phạm, nhắc nhở là đủ',
  decidedAt: '2026-11-24T01:00:00.000Z',
  approvedAt: '2026-11-24T02:00:00.000Z',
};

describe('signed decisions', () => {
  it('verify against the HQ key that signed them', async () => {
    const signed = await signDecision(testCrypto, hq.signingKey, fields);
    expect(signed.decision).toEqual({ format: 'inspection-kit/decision/v1', ...fields });
    expect(await verifyDecision(testCrypto, hq.publicKeys.signingPublicKey, signed)).toEqual({ ok: true, value: signed.decision });
    // Through JSON and back (as a device pulls it), key order does not matter: the signature is over canonical JSON.
    const reordered = JSON.parse(JSON.stringify({ signature: signed.signature, decision: { ...signed.decision } })) as unknown;
    expect(await verifyDecision(testCrypto, hq.publicKeys.signingPublicKey, reordered)).toMatchObject({ ok: true });
  });

  it('refuse tampered fields, another HQ key, a bad shape, and a receipt signature reused', async () => {
    const signed = await signDecision(testCrypto, hq.signingKey, fields);
    const refused = { ok: false, error: { code: 'bad_decision' } };
    const key = hq.publicKeys.signingPublicKey;
    for (const decision of [
      { ...signed.decision, outcome: 'reject' as const, changedTo: undefined },
      { ...signed.decision, changedTo: 'praise' as const },
      { ...signed.decision, reason: 'Một lý do khác' },
      { ...signed.decision, findingId: 'finding-2' },
    ]) {
      expect(await verifyDecision(testCrypto, key, { ...signed, decision: JSON.parse(JSON.stringify(decision)) as unknown })).toMatchObject(refused);
    }
    expect(await verifyDecision(testCrypto, (await makeHqKeys()).publicKeys.signingPublicKey, signed)).toMatchObject(refused);
    expect(await verifyDecision(testCrypto, key, { ...signed, extra: 1 })).toMatchObject(refused);
    expect(await verifyDecision(testCrypto, key, { ...signed, signature: 'A'.repeat(86) })).toMatchObject(refused);
    // A receipt's signature never stands for a decision: the purpose labels differ.
    const receipt = await signReceipt(testCrypto, hq.signingKey, {
      bundleId: fields.id,
      manifestSha256: 'a'.repeat(64),
      inspectionId: 'insp-1',
      kind: 'inspection',
      deviceId: 'dev-a',
      receivedAt: fields.decidedAt,
    });
    expect(await verifyDecision(testCrypto, key, { ...signed, signature: receipt.signature })).toMatchObject(refused);
  });

  it('will not sign a change without the kind, or a kind without a change, or a short reason', async () => {
    await expect(signDecision(testCrypto, hq.signingKey, { ...fields, changedTo: undefined })).rejects.toThrow();
    await expect(signDecision(testCrypto, hq.signingKey, { ...fields, outcome: 'approve' })).rejects.toThrow();
    await expect(signDecision(testCrypto, hq.signingKey, { ...fields, reason: 'ok' })).rejects.toThrow();
  });
});
