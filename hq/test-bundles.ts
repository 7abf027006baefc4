/**
 * Tests only: bundles shaped like the real records (findings with proposals,
 * evidence metadata), so HQ's extraction is exercised, and re-signed variants
 * for tamper tests.
 */
import { randomUUID } from 'node:crypto';
import { uuidv7, type EncodedBundle, type HqPublicKeys } from '../shared/bundle/index';
import { encodeBundleUnchecked } from '../shared/bundle/encode';
import { signManifest } from '../shared/bundle/manifest';
import { testCrypto, testRandomBytes, type TestDevice } from '../shared/bundle/test-support';
import { canonicalBytes } from '../shared/seal/canonical';
import { sha256Hex } from '../shared/seal/hash';
import { sealRecord } from '../shared/seal/seal';
import { nodeSubtle } from '../shared/seal/test-support';

const SEALED_AT = '2026-11-23T03:00:00.000Z';

export interface InspectionBundleOptions {
  readonly bundleId?: string;
  readonly inspectionId?: string;
  readonly evidence?: readonly Uint8Array[];
  readonly narrative?: string;
  /** The violation's proposed recommendation kind, with no override (default: proposed reminder, overridden to review). */
  readonly recommendation?: string;
  /** The inspection's office code (manifest and record; default DEMO-HN-01). */
  readonly officeCode?: string;
  /** The office code in the record's office snapshot (default: officeCode). */
  readonly recordOfficeCode?: string;
  /** Free text in every place a record has it (hostile-input tests); each defaults to the usual Vietnamese text. */
  readonly texts?: RecordTexts;
}

export interface RecordTexts {
  readonly officeName?: string;
  readonly province?: string;
  readonly address?: string;
  readonly inspector?: string;
  readonly officialName?: string;
  readonly officialPosition?: string;
  readonly narrative?: string;
  readonly explanation?: string;
  readonly protectionClaim?: string;
  readonly overrideReason?: string;
  readonly evidenceName?: string;
}

export async function inspectionBundle(device: TestDevice, hq: HqPublicKeys, options: InspectionBundleOptions = {}): Promise<EncodedBundle> {
  const inspectionId = options.inspectionId ?? randomUUID();
  const findingId = randomUUID();
  const evidence = await Promise.all((options.evidence ?? []).map(async (bytes) => ({ sha256: await sha256Hex(testCrypto, bytes), bytes })));
  const template = { id: 'unannounced-district-office', version: 1 };
  const officeCode = options.officeCode ?? 'DEMO-HN-01';
  const t = options.texts ?? {};
  const inspector = t.inspector ?? 'Nguyễn Văn A';
  const record = {
    format: 'inspection-kit/inspection-record/v1',
    inspection: { id: inspectionId, officeCode, template, team: [inspector], unannounced: true, arrivalAt: SEALED_AT, createdAt: SEALED_AT, itemCount: 3 },
    office: { code: options.recordOfficeCode ?? officeCode, name: t.officeName ?? 'BHXH cơ sở Đông Mẫu', province: t.province ?? 'Hà Nội', address: t.address ?? 'Số 1', demo: true },
    officials: t.officialName === undefined ? [] : [{ id: 'DEMO-HN-01-03', fullName: t.officialName, position: t.officialPosition ?? 'Chuyên viên' }],
    answers: [],
    findings: [
      {
        id: findingId,
        inspectionId,
        kind: 'violation',
        category: 'conduct',
        subject: { type: 'official', officialId: 'DEMO-HN-01-03' },
        severity: 'medium',
        itemIds: [],
        citations: [],
        narrative: t.narrative ?? options.narrative ?? 'Không đeo thẻ công chức',
        observedAt: SEALED_AT,
        status: 'open',
        explanation: t.explanation ?? null,
        protectionClaim: t.protectionClaim ?? null,
        proposal: { kind: options.recommendation ?? 'reminder', ruleId: 'r1', citations: [], reason: { vi: 'Nhắc nhở', en: 'Reminder' }, rulesetVersion: '1' },
        override: options.recommendation === undefined ? { kind: 'review', reason: t.overrideReason ?? 'Lặp lại', at: SEALED_AT, by: inspector } : null,
        createdAt: SEALED_AT,
        updatedAt: SEALED_AT,
        createdBy: inspector,
      },
      {
        id: randomUUID(),
        inspectionId,
        kind: 'commendable',
        subject: { type: 'office' },
        severity: 'low',
        itemIds: [],
        citations: [],
        narrative: 'Tốt',
        observedAt: SEALED_AT,
        status: 'closed',
        explanation: null,
        protectionClaim: null,
        proposal: { kind: 'praise', ruleId: 'r2', citations: [], reason: { vi: 'Biểu dương', en: 'Praise' }, rulesetVersion: '1' },
        override: null,
        createdAt: SEALED_AT,
        updatedAt: SEALED_AT,
        createdBy: 'Nguyễn Văn A',
      },
    ],
    evidence: evidence.map((e) => ({
      id: randomUUID(),
      inspectionId,
      findingId,
      kind: 'photo',
      name: t.evidenceName ?? 'anh.jpg',
      mediaType: 'image/jpeg',
      size: e.bytes.length,
      sha256: e.sha256,
      takenAt: SEALED_AT,
      addedAt: SEALED_AT,
    })),
    signOff: {},
    auditHead: { seq: 1, hash: '0'.repeat(64) },
  };
  return encode(device, hq, { bundleId: options.bundleId, kind: 'inspection', inspectionId, officeCode, template, record, evidence });
}

export async function addendumBundle(
  device: TestDevice,
  hq: HqPublicKeys,
  inspectionId: string,
  number: number,
  /** What the manifest says of the inspection (default: as inspectionBundle makes it). */
  manifest: { officeCode?: string; template?: { id: string; version: number } } = {},
): Promise<EncodedBundle> {
  const record = {
    format: 'inspection-kit/addendum/v1',
    id: randomUUID(),
    inspectionId,
    number,
    parentRecordHash: '0'.repeat(64),
    text: 'Bổ sung',
    reason: 'Sai sót',
    author: 'Nguyễn Văn A',
    createdAt: SEALED_AT,
  };
  const template = manifest.template ?? { id: 'unannounced-district-office', version: 1 };
  return encode(device, hq, { kind: 'addendum', addendumNumber: number, inspectionId, ...(manifest.officeCode === undefined ? {} : { officeCode: manifest.officeCode }), template, record, evidence: [] });
}

interface EncodeInput {
  readonly bundleId?: string | undefined;
  readonly kind: 'inspection' | 'addendum';
  readonly addendumNumber?: number;
  readonly inspectionId: string;
  readonly officeCode?: string;
  readonly template: { id: string; version: number };
  readonly record: unknown;
  readonly evidence: readonly { sha256: string; bytes: Uint8Array }[];
}

/** Unchecked: HQ's tests play any device, including an old or altered one that would send a training record. */
async function encode(device: TestDevice, hq: HqPublicKeys, input: EncodeInput): Promise<EncodedBundle> {
  const seal = await sealRecord(nodeSubtle, device.key, input.record, SEALED_AT);
  if (!seal.ok) throw new Error(seal.error.code);
  const encoded = await encodeBundleUnchecked(testCrypto, testRandomBytes, device, hq, {
    bundleId: input.bundleId ?? uuidv7(Date.now(), testRandomBytes),
    kind: input.kind,
    ...(input.addendumNumber === undefined ? {} : { addendumNumber: input.addendumNumber }),
    inspectionId: input.inspectionId,
    officeCode: input.officeCode ?? 'DEMO-HN-01',
    template: input.template,
    createdAt: SEALED_AT,
    record: input.record,
    seal: seal.value,
    evidence: input.evidence,
  });
  if (!encoded.ok) throw new Error(encoded.error.code);
  return encoded.value;
}

/**
 * The payload ciphertext with one byte flipped, and a manifest that names the
 * new hash, properly re-signed by the device: only decryption can tell.
 */
export async function withCorruptPayload(device: TestDevice, bundle: EncodedBundle): Promise<EncodedBundle> {
  const original = bundle.parts.get(bundle.manifest.payload.sha256);
  if (original === undefined) throw new Error('no payload');
  const bytes = Uint8Array.from(original);
  bytes[0] = (bytes[0] ?? 0) ^ 0x01;
  const manifest = { ...bundle.manifest, payload: { ...bundle.manifest.payload, sha256: await sha256Hex(testCrypto, bytes) } };
  const manifestBytes = canonicalBytes(manifest);
  if (!manifestBytes.ok) throw new Error('manifest');
  const parts = new Map(bundle.parts);
  parts.delete(bundle.manifest.payload.sha256);
  parts.set(manifest.payload.sha256, bytes);
  const signature = await signManifest(testCrypto, device.key.privateKey, manifestBytes.value);
  return { manifest, manifestBytes: manifestBytes.value, signature, parts };
}
