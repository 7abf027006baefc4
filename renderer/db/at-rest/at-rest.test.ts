import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import fc from 'fast-check';
import { FieldDatabase } from '../index';
import { seedReferenceData } from '../repositories/reference-data';
import { saveAnswer } from '../repositories/answers';
import { RepositoryError } from '../repositories/repository-error';
import { FINDINGS_ROSTER, photo, sealedInspection } from '../testing/findings-fixtures';
import { steppingClock, TEST_TEMPLATE } from '../testing/fixtures';
import { DATA_KEY_BYTES, lockDataKey, LockedError, openWithDataKey, UnreadableError } from './data-key';
import { SEALED_TABLES } from './middleware';
import { isSealedEvidence, openEvidenceBytes, sealEvidenceBytes } from './evidence-bytes';
import { recordCodec, SEALED_FIELD } from './record-codec';
import { SEALED_AT_REST_SETTING, sealExistingRecords } from './seal-existing';
import { deviceKey } from '../repositories/device-key';
import { generateDeviceKey } from '../../../shared/seal/seal';
import { ED25519 } from '../../../shared/seal/subtle';
import { nodeSubtle } from '../../../shared/seal/test-support';

const newKey = () => crypto.getRandomValues(new Uint8Array(DATA_KEY_BYTES));
let key: Uint8Array;
let n = 0;

beforeEach(() => {
  key = newKey();
  openWithDataKey(key);
});

async function seeded() {
  const db = new FieldDatabase(`at-rest-${String(++n)}`);
  await seedReferenceData(db, [TEST_TEMPLATE], FINDINGS_ROSTER);
  const sealed = await sealedInspection(db, steppingClock());
  return { db, ...sealed };
}

type RawRow = Record<string, unknown>;

/** The database as IndexedDB holds it, under no middleware. */
async function raw(name: string): Promise<Dexie> {
  const db = new Dexie(name);
  await db.open();
  return db;
}

/** Every string in a stored value, and every byte array as Latin-1 text: what a disk scan could read. */
function readableText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Uint8Array) return String.fromCharCode(...value.subarray(0, 200_000));
  if (Array.isArray(value)) return value.map(readableText).join('\n');
  if (typeof value === 'object' && value !== null && !(value instanceof Blob)) return Object.values(value).map(readableText).join('\n');
  return '';
}

const PERSONAL = ['Nguyễn Văn Mẫu', 'Trần Thị Thứ Hai', 'Tôi quên thẻ ở nhà.', 'Yêu cầu người dân nộp thêm giấy tờ ngoài quy định.', 'Không đeo thẻ', 'Phạm Văn Giám Đốc', 'Trần Thị Trưởng Đoàn'];

describe('records at rest', () => {
  it('stores every record of the personal-data tables sealed, with no name, narrative or explanation readable', async () => {
    const { db } = await seeded();
    const stored = await raw(db.name);
    let sealedRows = 0;
    for (const table of stored.tables.filter((t) => SEALED_TABLES.has(t.name))) {
      for (const row of (await table.toArray()) as RawRow[]) {
        expect(row[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
        const text = readableText(row);
        for (const personal of PERSONAL) expect(text).not.toContain(personal);
        sealedRows++;
      }
    }
    // inspections, answers, audit events, officials, a finding, evidence, sign-off, seal…
    expect(sealedRows).toBeGreaterThan(15);
    // Keys and indexes stay usable: the finding is found by its official's roster id.
    expect(await db.findings.where('subject.officialId').equals('TEST-01-001').count()).toBe(1);
    stored.close();
  });

  it('keeps evidence bytes sealed, bound to their item, and opens them to the exact bytes', async () => {
    const { db } = await seeded();
    const [evidence] = await db.evidence.toArray();
    if (!evidence) throw new Error('no evidence');
    const bytes = new Uint8Array(await evidence.blob.arrayBuffer());
    const clear = new Uint8Array(await (await photo()).blob.arrayBuffer());
    expect(isSealedEvidence(bytes)).toBe(true);
    expect(Buffer.from(bytes).includes(Buffer.from(clear))).toBe(false);
    expect(await openEvidenceBytes(evidence.blob, evidence.id, 'blob')).toEqual(clear);
    await expect(openEvidenceBytes(evidence.blob, 'another-item', 'blob')).rejects.toBeInstanceOf(UnreadableError);
    await expect(openEvidenceBytes(evidence.blob, evidence.id, 'thumbnail')).rejects.toBeInstanceOf(UnreadableError);
    const flipped = bytes.slice();
    flipped[flipped.length - 3] = (flipped[flipped.length - 3] ?? 0) ^ 1;
    await expect(openEvidenceBytes(new Blob([flipped]), evidence.id, 'blob')).rejects.toBeInstanceOf(UnreadableError);
  });

  it('reads back exactly what was written (the sealed record re-verifies after a round trip)', async () => {
    const { db, inspectionId, sealed } = await seeded();
    const stored = await db.seals.get(inspectionId);
    expect(stored?.seal).toEqual(sealed.seal);
    expect((await db.officials.get('TEST-01-002'))?.fullName).toBe('Trần Thị Thứ Hai');
  });

  it('refuses reads and writes while locked, and leaves stored data as it was', async () => {
    const { db, inspectionId } = await seeded();
    const before = await (await raw(db.name)).table('answers').toArray();
    lockDataKey();
    await expect(db.inspections.get(inspectionId)).rejects.toBeInstanceOf(LockedError);
    await expect(db.findings.toArray()).rejects.toBeInstanceOf(LockedError);
    const write = saveAnswer(db, { inspectionId, itemId: 'badge', value: { type: 'yes_no_na', value: 'yes' }, note: '' }, steppingClock());
    await expect(write).rejects.toBeInstanceOf(RepositoryError);
    expect(await (await raw(db.name)).table('answers').toArray()).toEqual(before);
    // Clear tables still work: reference data and the sync queue need no key.
    expect(await db.templates.count()).toBeGreaterThan(0);
    openWithDataKey(key);
    expect((await db.inspections.get(inspectionId))?.id).toBe(inspectionId);
  });

  it('does not open under another key, nor a sealed value moved onto another record', async () => {
    const { db, inspectionId } = await seeded();
    openWithDataKey(newKey());
    await expect(db.inspections.get(inspectionId)).rejects.toBeInstanceOf(UnreadableError);
    openWithDataKey(key);
    const stored = await raw(db.name);
    const [first, second] = (await stored.table('officials').toArray()) as [RawRow, RawRow];
    await stored.table('officials').put({ ...second, [SEALED_FIELD]: first[SEALED_FIELD] });
    await expect(db.officials.get(String(second['id']))).rejects.toBeInstanceOf(UnreadableError);
    expect((await db.officials.get(String(first['id'])))?.id).toBe(first['id']);
    stored.close();
  });

  it('round-trips any JSON record with byte arrays, and refuses what JSON would change', () => {
    const codec = recordCodec('db', 'things', ['id'], ['id', 'inspectionId', 'subject.officialId']);
    const leaf = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null), fc.uint8Array({ maxLength: 40 }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), tie('node'), { maxKeys: 4 })),
    })).node;
    fc.assert(
      fc.property(fc.uuid(), fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), value, { maxKeys: 6 }), (id, fields) => {
        const record = { ...fields, id };
        const decoded = codec.decode(codec.encode(record));
        // -0 is JSON's 0; everything else survives unchanged.
        expect(decoded).toEqual(normalized(record));
      }),
      { numRuns: 300 },
    );
    expect(() => codec.encode({ id: 'x', at: new Date() })).toThrow(TypeError);
  });
});

/** What a record looks like after JSON: -0 becomes 0, byte arrays stay byte arrays. */
function normalized(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map(normalized);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v)]));
  return value;
}

describe('records stored before encryption at rest', () => {
  it('reads them as they are, then seals them all (evidence bytes too) on the first unlock, once', async () => {
    const name = `legacy-${String(++n)}`;
    // A v3 database written by an earlier build: the same schema, clear values.
    const before = new Dexie(name);
    const { FIELD_SCHEMA, applySchema } = await import('../schema');
    applySchema(before, FIELD_SCHEMA);
    await before.open();
    const clearPhoto = await photo();
    await before.table('officials').put({ id: 'TEST-01-009', officeCode: 'TEST-01', fullName: 'Đặng Thị Cũ', position: 'Kế toán', unit: 'Kế toán', demo: true });
    await before.table('evidence').put({ id: 'ev-1', inspectionId: 'i-1', findingId: 'f-1', kind: 'photo', name: 'a.jpg', mediaType: 'image/jpeg', size: 6, sha256: clearPhoto.sha256, takenAt: clearPhoto.takenAt, addedAt: clearPhoto.takenAt, blob: clearPhoto.blob, thumbnail: null });
    before.close();

    const db = new FieldDatabase(name);
    expect((await db.officials.get('TEST-01-009'))?.fullName).toBe('Đặng Thị Cũ');
    expect(await sealExistingRecords(db)).toBe(true);
    expect(await sealExistingRecords(db)).toBe(false);
    expect((await db.settings.get(SEALED_AT_REST_SETTING))?.value).toBe(true);

    const stored = await raw(name);
    const official = (await stored.table('officials').get('TEST-01-009')) as RawRow;
    expect(readableText(official)).not.toContain('Đặng Thị Cũ');
    const evidence = (await stored.table('evidence').get('ev-1')) as { blob: Blob };
    expect(isSealedEvidence(new Uint8Array(await evidence.blob.arrayBuffer()))).toBe(true);
    stored.close();
    expect((await db.officials.get('TEST-01-009'))?.fullName).toBe('Đặng Thị Cũ');
    const opened = await db.evidence.get('ev-1');
    if (!opened) throw new Error('evidence lost');
    expect(await openEvidenceBytes(opened.blob, 'ev-1', 'blob')).toEqual(new Uint8Array(await clearPhoto.blob.arrayBuffer()));
  });

  it('keeps a device key made before encryption at rest (a non-extractable CryptoKey) working after the migration', async () => {
    const name = `legacy-key-${String(++n)}`;
    const before = new Dexie(name);
    const { FIELD_SCHEMA, applySchema } = await import('../schema');
    applySchema(before, FIELD_SCHEMA);
    await before.open();
    const old = await generateDeviceKey(nodeSubtle);
    await before.table('deviceKeys').put({ id: 'device', privateKey: old.privateKey, publicKey: old.publicKey, publicKeyRaw: old.publicKeyRaw, createdAt: '2026-01-01T00:00:00.000Z' });
    before.close();
    const db = new FieldDatabase(name);
    expect(await sealExistingRecords(db)).toBe(true);
    const key = await deviceKey(db, nodeSubtle);
    expect(key.publicKeyRaw).toBe(old.publicKeyRaw);
    const message = new TextEncoder().encode('x');
    expect(await nodeSubtle.verify(ED25519, old.publicKey, new Uint8Array(await nodeSubtle.sign(ED25519, key.privateKey, message)), message)).toBe(true);
    // What can be sealed is: the creation time is no longer readable in the stored row.
    const stored = (await (await raw(name)).table('deviceKeys').get('device')) as RawRow;
    expect(stored[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
    expect(stored['createdAt']).toBeUndefined();
  });

  it('stores a new device key only sealed: no key bytes in the stored row', async () => {
    const { db } = await seeded();
    const stored = (await (await raw(db.name)).table('deviceKeys').get('device')) as RawRow;
    expect(Object.keys(stored).sort()).toEqual([SEALED_FIELD, 'id']);
  });

  it('seals evidence bytes the same way the repository does', async () => {
    const bytes = new Uint8Array([0xff, 0xd8, 0xff, 9, 9, 9]);
    const sealed = await sealEvidenceBytes(bytes, 'ev-2', 'blob');
    expect(await openEvidenceBytes(sealed, 'ev-2', 'blob')).toEqual(bytes);
    // A clear JPEG reads as it is: that is how evidence from before the migration is shown.
    expect(await openEvidenceBytes(new Blob([bytes]), 'ev-2', 'blob')).toEqual(bytes);
  });
});
