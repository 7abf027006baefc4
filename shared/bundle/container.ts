import { unzipSync, zipSync, type Zippable } from 'fflate';
import { fail, ok, type Result } from '../result';
import { sameBytes } from './manifest';
import { DEFAULT_LIMITS, type BundleLimits, type BundleRejection } from './types';

export const IKB_EXTENSION = '.ikb';
export const IKB_MEDIA_TYPE = 'application/vnd.inspection-kit.bundle+zip';

const MANIFEST_ENTRY = 'manifest.json';
const SIGNATURE_ENTRY = 'signature';
const PART_ENTRY = /^[0-9a-f]{64}$/;
const EOCD = [0x50, 0x4b, 0x05, 0x06];

/**
 * Every entry is stored (no compression: the parts are ciphertext) with the
 * same DOS time. The Date is built from local fields, as fflate reads it with
 * local getters, so the bytes are the same in every time zone.
 */
const FIXED_TIME = new Date(1980, 0, 1, 0, 0, 0);

export interface BundleFiles {
  readonly manifestBytes: Uint8Array;
  readonly signature: Uint8Array;
  readonly parts: ReadonlyMap<string, Uint8Array>;
}

/** The `.ikb` file: a ZIP written one way only, so a reader can tell any edit. */
export function packIkb(files: BundleFiles): Uint8Array {
  const entries: Zippable = {};
  const options = { level: 0 as const, mtime: FIXED_TIME };
  entries[MANIFEST_ENTRY] = [files.manifestBytes, options];
  entries[SIGNATURE_ENTRY] = [files.signature, options];
  for (const name of [...files.parts.keys()].sort()) {
    entries[name] = [files.parts.get(name) ?? new Uint8Array(), options];
  }
  return zipSync(entries);
}

function hasEndRecord(bytes: Uint8Array): boolean {
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= from; i--) {
    if (EOCD.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/**
 * Limits first: the file size, then each central-directory entry's name,
 * method and size as announced, before a single entry is copied out. Then the
 * whole file is written again from what was read and must come out identical.
 */
export function unpackIkb(bytes: Uint8Array, limits: BundleLimits = DEFAULT_LIMITS): Result<BundleFiles, BundleRejection> {
  if (bytes.length > limits.maxTotalBytes + limits.maxManifestBytes) return fail('too_large');
  if (!hasEndRecord(bytes)) return fail('truncated');

  // Set from inside fflate's filter callback, which TypeScript's narrowing cannot see.
  let rejection = null as BundleRejection | null;
  let entries = 0;
  let announced = 0;
  const names = new Set<string>();
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (rejection) return false;
        entries += 1;
        announced += entry.originalSize;
        const limit = entry.name === MANIFEST_ENTRY ? limits.maxManifestBytes : entry.name === SIGNATURE_ENTRY ? 64 : limits.maxPartBytes;
        const nameOk = entry.name === MANIFEST_ENTRY || entry.name === SIGNATURE_ENTRY || PART_ENTRY.test(entry.name);
        if (entries > limits.maxEntries) rejection = 'too_many_entries';
        else if (!nameOk || names.has(entry.name)) rejection = 'bad_entry_name';
        else if (entry.compression !== 0 || entry.size !== entry.originalSize) rejection = 'malformed_container';
        else if (entry.originalSize > limit || announced > limits.maxTotalBytes) rejection = 'too_large';
        names.add(entry.name);
        return rejection === null;
      },
    });
  } catch {
    return fail(rejection ?? 'truncated');
  }
  if (rejection) return fail(rejection);

  const manifestBytes = files[MANIFEST_ENTRY];
  const signature = files[SIGNATURE_ENTRY];
  if (!manifestBytes || !signature) return fail('missing_part', manifestBytes ? SIGNATURE_ENTRY : MANIFEST_ENTRY);
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(files)) {
    if (PART_ENTRY.test(name)) parts.set(name, data);
  }
  const unpacked = { manifestBytes, signature, parts };
  // A bundle is valid in exactly one byte form; anything else was altered.
  if (!sameBytes(packIkb(unpacked), bytes)) return fail('malformed_container');
  return ok(unpacked);
}
