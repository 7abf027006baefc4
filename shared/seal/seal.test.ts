import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical';
import { fingerprint, generateDeviceKey, sealRecord, verifySeal, type DeviceKey, type Seal } from './seal';
import { nodeSubtle as subtle } from './test-support';

const record = { id: 'insp-1', office: 'HN-01', answers: [{ item: 'a1', value: 'yes' }], score: 4.5 };
const sealedAt = '2025-03-01T08:00:00.000Z';
let key: DeviceKey;
let other: DeviceKey;
let seal: Seal;

beforeAll(async () => {
  key = await generateDeviceKey(subtle);
  other = await generateDeviceKey(subtle);
  const sealed = await sealRecord(subtle, key, record, sealedAt);
  if (!sealed.ok) throw new Error('seal failed');
  seal = sealed.value;
});

const code = async (rec: unknown, s: unknown): Promise<string> => {
  const r = await verifySeal(subtle, rec, s);
  return r.ok ? 'ok' : r.error.code;
};

describe('seal', () => {
  it('round-trips, including through JSON transport with reordered keys', async () => {
    expect(seal).toMatchObject({ algorithm: 'Ed25519', hashAlgorithm: 'SHA-256', sealedAt, publicKey: key.publicKeyRaw });
    expect(await code(record, seal)).toBe('ok');
    const transported: unknown = JSON.parse(JSON.stringify({ score: 4.5, answers: record.answers, office: 'HN-01', id: 'insp-1' }));
    expect(await code(transported, JSON.parse(JSON.stringify(seal)))).toBe('ok');
  });

  it('keeps the private key non-extractable', async () => {
    await expect(subtle.exportKey('raw', key.privateKey)).rejects.toThrow();
  });

  it('detects each kind of tampering with the right code', async () => {
    expect(await code({ ...record, score: 5 }, seal)).toBe('hash_mismatch');
    expect(await code(record, { ...seal, sealedAt: '2025-03-02T08:00:00.000Z' })).toBe('bad_signature');
    expect(await code(record, { ...seal, publicKey: other.publicKeyRaw })).toBe('bad_signature');
    const flipped = (seal.signature.startsWith('A') ? 'B' : 'A') + seal.signature.slice(1);
    expect(await code(record, { ...seal, signature: flipped })).toBe('bad_signature');
    expect(await code(record, { ...seal, signature: seal.signature.slice(0, -2) })).toBe('malformed_seal');
    expect(await code(record, { ...seal, signature: `+${seal.signature.slice(1)}` })).toBe('malformed_seal');
    expect(await code(record, { ...seal, publicKey: `${key.publicKeyRaw}=` })).toBe('malformed_seal');
    expect(await code(record, { ...seal, recordHash: seal.recordHash.toUpperCase() })).toBe('malformed_seal');
    expect(await code(record, { ...seal, algorithm: 'RSA' })).toBe('malformed_seal');
    expect(await code(record, null)).toBe('malformed_seal');
    expect(await code({ bad: Number.NaN }, seal)).toBe('not_serialisable');
  });

  it('refuses to seal what is not plain JSON', async () => {
    expect((await sealRecord(subtle, key, { at: new Date() }, sealedAt)).ok).toBe(false);
  });

  it('prints a short fingerprint', () => {
    expect(fingerprint({ recordHash: '0123456789abcdef'.repeat(4) })).toBe('0123-4567-89ab-cdef');
  });
});

type Path = (string | number)[];

/** Every leaf (primitive, empty array, empty object) with its path. */
function leafPaths(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value) && value.length > 0) return value.flatMap((v: unknown, i) => leafPaths(v, [...path, i]));
  if (typeof value === 'object' && value !== null && Object.keys(value).length > 0) {
    return Object.entries(value).flatMap(([k, v]: [string, unknown]) => leafPaths(v, [...path, k]));
  }
  return [path];
}

/** A deep copy with one leaf replaced; defineProperty so a "__proto__" key stays an own key. */
function withLeaf(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const copy: unknown = JSON.parse(JSON.stringify(value));
  const parent = copy as Record<string | number, unknown>;
  Object.defineProperty(parent, head, { value: withLeaf(parent[head], rest, replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

describe('seal property', () => {
  it('changing any single leaf gives hash_mismatch; the unchanged record verifies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.record({ data: fc.jsonValue() }), fc.nat(), fc.jsonValue(), async (rec, pick, replacement) => {
        const paths = leafPaths(rec);
        const path = paths[pick % paths.length] ?? [];
        const original = path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], rec);
        const before = canonicalJson(original);
        const after = canonicalJson(replacement);
        fc.pre(before.ok && after.ok && before.value !== after.value);
        const sealed = await sealRecord(subtle, key, rec, sealedAt);
        if (!sealed.ok) throw new Error('jsonValue must be sealable');
        expect(await code(rec, sealed.value)).toBe('ok');
        expect(await code(withLeaf(rec, path, replacement), sealed.value)).toBe('hash_mismatch');
      }),
    );
  });
});
