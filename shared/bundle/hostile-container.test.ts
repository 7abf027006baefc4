import { deflateSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonicalBytes, utf8 } from '../seal/canonical';
import { packIkb, unpackIkb, type BundleFiles } from './container';
import { parseJson, signManifest, verifyManifest } from './manifest';
import { makeDevice, makeHqKeys, makeTestBundle, testCrypto, testRandomBytes, type TestDevice, type TestHqKeys } from './test-support';
import { writeZip, type RawEntry } from './test-zip';
import { DEFAULT_LIMITS } from './types';

/**
 * Issue 8, hostile input: containers no device would write. Each is refused
 * by the limits and name rules of `unpackIkb` — which look at the central
 * directory before a single entry is copied out or inflated — with a reason.
 */
let hq: TestHqKeys;
let device: TestDevice;
let files: BundleFiles;
let entries: RawEntry[];

beforeAll(async () => {
  hq = await makeHqKeys();
  device = await makeDevice('dev-hostile');
  const bundle = await makeTestBundle(device, hq.publicKeys, { evidence: [testRandomBytes(500)] });
  files = { manifestBytes: bundle.manifestBytes, signature: bundle.signature, parts: bundle.parts };
  entries = [
    { name: 'manifest.json', data: files.manifestBytes },
    { name: 'signature', data: files.signature },
    ...[...files.parts.keys()].sort().map((name) => ({ name, data: files.parts.get(name) ?? new Uint8Array() })),
  ];
});

const code = (bytes: Uint8Array, limits = DEFAULT_LIMITS): string => {
  const result = unpackIkb(bytes, limits);
  return result.ok ? 'accepted' : result.error.code;
};

describe('the test ZIP writer', () => {
  it('writes a canonical bundle byte for byte as packIkb does, so every refusal below is for the one change made', () => {
    expect(writeZip(entries)).toEqual(packIkb(files));
    expect(code(writeZip(entries))).toBe('accepted');
  });
});

describe('zip bombs', () => {
  it('refuses a 32 MiB entry deflated to a few KiB without inflating it', () => {
    const bomb = deflateSync(new Uint8Array(32 * 1024 * 1024), { level: 9 });
    const name = 'b'.repeat(64);
    const file = writeZip([...entries, { name, data: bomb, method: 8, originalSize: 32 * 1024 * 1024, crc: 0 }]);
    expect(32 * 1024 * 1024 / file.length).toBeGreaterThan(500);
    expect(code(file)).toBe('malformed_container');
  });

  it('refuses an entry that announces 4 GiB, before allocating or inflating it', () => {
    // Not even valid deflate: had the reader tried to inflate it (into a 4 GiB buffer), it would have failed
    // there and answered `truncated`; `malformed_container` comes from the central-directory check alone.
    const lying = writeZip([...entries, { name: 'c'.repeat(64), data: Uint8Array.from({ length: 64 }, (_, i) => 0xff - i), method: 8, originalSize: 0xffffffff }]);
    expect(code(lying)).toBe('malformed_container');
    const stored = writeZip([...entries, { name: 'c'.repeat(64), data: new Uint8Array(16), originalSize: DEFAULT_LIMITS.maxPartBytes + 1 }]);
    expect(code(stored)).toBe('malformed_container');
  });

  it('checks each entry against its own limit, and the announced total, from the central directory', () => {
    const small = { ...DEFAULT_LIMITS, maxPartBytes: 400, maxTotalBytes: 2000, maxManifestBytes: 2000 };
    const parts = ['1', '2', '3', '4'].map((c) => ({ name: c.repeat(64), data: new Uint8Array(400) }));
    // Each part is within its limit; together (with the manifest) over the total.
    expect(code(writeZip([...entries.slice(0, 2), ...parts]), small)).toBe('too_large');
    expect(code(writeZip([...entries.slice(0, 2), { name: '5'.repeat(64), data: new Uint8Array(401) }]), small)).toBe('too_large');
    const hugeSignature = writeZip([entries[0] as RawEntry, { name: 'signature', data: new Uint8Array(65) }]);
    expect(code(hugeSignature)).toBe('too_large');
  });
});

describe('entry names', () => {
  const hostileNames = [
    '../manifest.json',
    '/etc/passwd',
    '/manifest.json',
    'C:\\Windows\\system32\\x',
    '..\\..\\x',
    'parts/../../x',
    './signature',
    'manifest.json/',
    'MANIFEST.JSON',
    'A'.repeat(64),
    'a'.repeat(63),
    'a'.repeat(65),
    `${'a'.repeat(64)}.jpg`,
    'manifest.json\u0000.txt',
    '',
  ];

  it('refuses path traversal, absolute, drive-letter and any other name than the three kinds allowed', () => {
    for (const name of hostileNames) {
      expect([name, code(writeZip([...entries, { name, data: new Uint8Array(3) }]))]).toEqual([name, 'bad_entry_name']);
      // In place of the manifest too (so the file has no manifest.json at all).
      expect([name, code(writeZip([{ name, data: files.manifestBytes }, ...entries.slice(1)]))]).toEqual([name, 'bad_entry_name']);
    }
  });

  it('refuses duplicate entries, whether the copies agree or not', () => {
    const [manifest, signature, part] = entries as [RawEntry, RawEntry, RawEntry];
    expect(code(writeZip([manifest, manifest, signature, part]))).toBe('bad_entry_name');
    expect(code(writeZip([manifest, signature, { name: 'manifest.json', data: utf8('{}') }, part]))).toBe('bad_entry_name');
    expect(code(writeZip([manifest, signature, signature, part]))).toBe('bad_entry_name');
    expect(code(writeZip([manifest, signature, part, part]))).toBe('bad_entry_name');
  });
});

describe('entry counts and manifest sizes', () => {
  it('refuses more entries than a bundle can have, at the default limit', () => {
    const many = Array.from({ length: DEFAULT_LIMITS.maxEntries - 1 }, (_, i) => ({ name: i.toString(16).padStart(64, '0'), data: new Uint8Array(1) }));
    expect(many.length + 2).toBe(DEFAULT_LIMITS.maxEntries + 1);
    expect(code(writeZip([...entries.slice(0, 2), ...many]))).toBe('too_many_entries');
  });

  it('refuses a manifest over 512 KiB in the container and on its own', async () => {
    const padded = new Uint8Array(DEFAULT_LIMITS.maxManifestBytes + 1).fill(0x20);
    expect(code(writeZip([{ name: 'manifest.json', data: padded }, ...entries.slice(1)]))).toBe('too_large');
    const verified = await verifyManifest(testCrypto, padded, files.signature, () => Promise.resolve(device.key.publicKeyRaw));
    expect(verified).toMatchObject({ ok: false, error: { code: 'too_large' } });
  });

  it('refuses, signed or not, a manifest naming more parts than allowed, or nested deep enough to hurt a recursive parser', async () => {
    const parsed = parseJson(files.manifestBytes) as { blobs: unknown[] };
    const blob = { nonce: 'AAAAAAAAAAAAAAAA', sha256: '', size: 1 };
    const blobs = Array.from({ length: 2001 }, (_, i) => ({ ...blob, sha256: i.toString(16).padStart(64, '0') }));
    const tooMany = canonicalBytes({ ...parsed, blobs });
    if (!tooMany.ok) throw new Error('canonical');
    const signature = await signManifest(testCrypto, device.key.privateKey, tooMany.value);
    const resolve = () => Promise.resolve(device.key.publicKeyRaw);
    expect(await verifyManifest(testCrypto, tooMany.value, signature, resolve)).toMatchObject({ ok: false, error: { code: 'malformed_manifest' } });

    const depth = 200_000;
    const nested = utf8('['.repeat(depth) + ']'.repeat(depth));
    expect(nested.length).toBeLessThan(DEFAULT_LIMITS.maxManifestBytes);
    const deep = await verifyManifest(testCrypto, nested, await signManifest(testCrypto, device.key.privateKey, nested), resolve);
    expect(deep.ok).toBe(false);
    expect(deep.ok ? '' : deep.error.code).toMatch(/^(malformed_manifest|unsupported_version)$/);
  });

  it('refuses an inspection manifest that carries an addendum number, even signed by the device', async () => {
    const parsed = parseJson(files.manifestBytes) as Record<string, unknown>;
    expect(parsed.kind).toBe('inspection');
    const numbered = canonicalBytes({ ...parsed, addendumNumber: 1 });
    if (!numbered.ok) throw new Error('canonical');
    const signature = await signManifest(testCrypto, device.key.privateKey, numbered.value);
    expect(await verifyManifest(testCrypto, numbered.value, signature, () => Promise.resolve(device.key.publicKeyRaw))).toMatchObject({
      ok: false,
      error: { code: 'malformed_manifest' },
    });
  });
});
