import { beforeAll, describe, expect, it } from 'vitest';
import { sealRecord } from '../seal/seal';
import { nodeSubtle } from '../seal/test-support';
import { TRAINING_OFFICE_PREFIX } from '../training/training-office';
import { encodeBundle, type BundleInput } from './encode';
import { makeDevice, makeHqKeys, testCrypto, testRandomBytes, type TestDevice, type TestHqKeys } from './test-support';
import { uuidv7 } from './uuid7';

const SEALED_AT = '2026-11-23T03:00:00.000Z';
const TRAINING = `${TRAINING_OFFICE_PREFIX}HN-01`;
let device: TestDevice;
let hq: TestHqKeys;

beforeAll(async () => {
  [device, hq] = await Promise.all([makeDevice(), makeHqKeys()]);
});

async function input(officeCode: string, record: object, kind: BundleInput['kind'] = 'inspection'): Promise<BundleInput> {
  const seal = await sealRecord(nodeSubtle, device.key, record, SEALED_AT);
  if (!seal.ok) throw new Error(seal.error.code);
  return {
    bundleId: uuidv7(Date.parse(SEALED_AT), testRandomBytes),
    kind,
    ...(kind === 'addendum' ? { addendumNumber: 1 } : {}),
    inspectionId: 'insp-1',
    officeCode,
    template: { id: 'tpl-test', version: 1 },
    createdAt: SEALED_AT,
    record,
    seal: seal.value,
    evidence: [],
  };
}

const inspectionRecord = (inspectionOffice: string, office: string) => ({
  format: 'inspection-kit/inspection-record/v1',
  inspection: { id: 'insp-1', officeCode: inspectionOffice, template: { id: 'tpl-test', version: 1 } },
  office: { code: office, name: 'BHXH cơ sở', province: 'Hà Nội', address: 'Số 1' },
  evidence: [],
});

const encode = async (bundle: BundleInput) => encodeBundle(testCrypto, testRandomBytes, device, hq.publicKeys, bundle);

describe('encodeBundle refuses training records', () => {
  it('encodes a real office’s record (the control)', async () => {
    const result = await encode(await input('DEMO-HN-01', inspectionRecord('DEMO-HN-01', 'DEMO-HN-01')));
    expect(result.ok).toBe(true);
  });

  it('refuses a record whose inspection names a training office', async () => {
    const result = await encode(await input(TRAINING, inspectionRecord(TRAINING, TRAINING)));
    expect(result).toEqual({ ok: false, error: { code: 'training_record' } });
  });

  it('refuses when only the sealed record’s office is a training office', async () => {
    const result = await encode(await input('DEMO-HN-01', inspectionRecord('DEMO-HN-01', TRAINING)));
    expect(result).toEqual({ ok: false, error: { code: 'training_record' } });
  });

  it('refuses an addendum to a training inspection (by the office code it would carry)', async () => {
    const addendum = { format: 'inspection-kit/addendum/v1', id: 'a1', inspectionId: 'insp-1', number: 1, parentRecordHash: '0'.repeat(64), text: 'Bổ sung', reason: 'Sai sót', author: 'A', createdAt: SEALED_AT };
    const result = await encode(await input(TRAINING.toLowerCase(), addendum, 'addendum'));
    expect(result).toEqual({ ok: false, error: { code: 'training_record' } });
  });
});
