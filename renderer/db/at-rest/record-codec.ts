import { decodeBase64url, encodeBase64url } from '../../../shared/seal/base64url';
import { openBytes, sealBytes, UnreadableError } from './data-key';

/**
 * How one record of an encrypted table is stored: the key and index paths in
 * clear (IndexedDB must see them to find records), top-level Blobs as they are
 * (their bytes are sealed by the repository before the transaction,
 * `evidence-bytes.ts`), top-level CryptoKeys as they are (a device key made
 * before encryption at rest: non-extractable, so it cannot be sealed), and everything else — names, explanations, notes —
 * as one sealed JSON document under `$atRest`. The clear copies are never read
 * back: a record opens from its sealed document only.
 */
export const SEALED_FIELD = '$atRest';

export interface RecordCodec {
  encode(value: unknown): unknown;
  decode(stored: unknown): unknown;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null;

const U8_TAG = '$u8';

/** JSON, with byte arrays tagged; anything JSON would silently change (a Date, a nested Blob, a key) is refused. */
function serialize(value: Json): string {
  return JSON.stringify(value, function (this: Json, key: string, replaced: unknown) {
    const raw = this[key];
    if (raw instanceof Uint8Array) return { [U8_TAG]: encodeBase64url(raw) };
    if (raw instanceof Date || (typeof Blob !== 'undefined' && raw instanceof Blob) || (typeof CryptoKey !== 'undefined' && raw instanceof CryptoKey) || raw instanceof ArrayBuffer) {
      throw new TypeError(`at-rest: field "${key}" cannot be sealed as JSON`);
    }
    return replaced;
  });
}

function deserialize(text: string): Json {
  return JSON.parse(text, (_key, value: unknown) => {
    if (isObject(value) && typeof value[U8_TAG] === 'string' && Object.keys(value).length === 1) {
      const bytes = decodeBase64url(value[U8_TAG]);
      if (bytes === null) throw new UnreadableError();
      return bytes;
    }
    return value;
  }) as Json;
}

function readPath(value: Json, path: string): unknown {
  let at: unknown = value;
  for (const part of path.split('.')) {
    if (!isObject(at)) return undefined;
    at = at[part];
  }
  return at;
}

function writePath(target: Json, path: string, value: unknown): void {
  const parts = path.split('.');
  let at = target;
  for (const part of parts.slice(0, -1)) {
    const next = at[part];
    at = isObject(next) ? next : (at[part] = {});
  }
  at[parts[parts.length - 1] ?? path] = value;
}

/** Top-level values stored as they are, beside the sealed document. */
const keptAsIs = (value: unknown): boolean =>
  (typeof Blob !== 'undefined' && value instanceof Blob) || (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey);

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * `clearPaths`: the primary key and index key paths of the table.
 * The sealed document is bound to its database, table and primary key, so a
 * sealed value copied onto another record does not open.
 */
export function recordCodec(dbName: string, tableName: string, primaryKeyPaths: readonly string[], clearPaths: readonly string[]): RecordCodec {
  const contextOf = (record: Json): Uint8Array =>
    encoder.encode(JSON.stringify([dbName, tableName, primaryKeyPaths.map((path) => readPath(record, path) ?? null)]));

  return {
    encode(value) {
      if (!isObject(value)) throw new TypeError(`at-rest: ${tableName} records must be objects`);
      const stored: Json = {};
      const sealed: Json = {};
      for (const [field, fieldValue] of Object.entries(value)) {
        if (keptAsIs(fieldValue)) stored[field] = fieldValue;
        else sealed[field] = fieldValue;
      }
      for (const path of clearPaths) {
        const indexed = readPath(value, path);
        if (indexed !== undefined) writePath(stored, path, indexed);
      }
      stored[SEALED_FIELD] = sealBytes(encoder.encode(serialize(sealed)), contextOf(value));
      return stored;
    },

    decode(stored) {
      // Records written before encryption at rest read as they are until the migration seals them.
      if (!isObject(stored) || !(stored[SEALED_FIELD] instanceof Uint8Array)) return stored;
      const record = deserialize(decoder.decode(openBytes(stored[SEALED_FIELD], contextOf(stored))));
      for (const [field, fieldValue] of Object.entries(stored)) {
        if (keptAsIs(fieldValue)) record[field] = fieldValue;
      }
      return record;
    },
  };
}
