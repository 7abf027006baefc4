import canonicalize from 'canonicalize';
import { fail, ok, type Result } from '../result';

/**
 * Only plain JSON may be sealed: anything JSON.stringify would silently coerce
 * (NaN → null, Date → string, undefined in arrays → null) would make the hash lie
 * about what was signed. Undefined object properties are dropped, as in JSON.
 */
/** A lone UTF-16 surrogate has no UTF-8 form (String#isWellFormed is ES2024, not in our lib). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function isPlainJson(value: unknown, ancestors: Set<object>): boolean {
  switch (typeof value) {
    case 'string':
      return !LONE_SURROGATE.test(value);
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (ancestors.has(value)) return false;
      ancestors.add(value);
      const okay = Array.isArray(value) ? isPlainArray(value, ancestors) : isPlainObject(value, ancestors);
      ancestors.delete(value);
      return okay;
    }
    default:
      return false;
  }
}

function isPlainArray(items: readonly unknown[], ancestors: Set<object>): boolean {
  // A hole or undefined element would be serialised as null.
  for (let i = 0; i < items.length; i++) {
    if (!(i in items) || items[i] === undefined || !isPlainJson(items[i], ancestors)) return false;
  }
  return true;
}

function isPlainObject(value: object, ancestors: Set<object>): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  return Object.values(value).every((v: unknown) => v === undefined || isPlainJson(v, ancestors));
}

/** RFC 8785 (JCS) canonical JSON; never throws. */
export function canonicalJson(value: unknown): Result<string, 'not_serialisable'> {
  if (!isPlainJson(value, new Set())) return fail('not_serialisable');
  try {
    const text = canonicalize(value);
    return text === undefined ? fail('not_serialisable') : ok(text);
  } catch {
    return fail('not_serialisable');
  }
}

/** UTF-8 by hand: TextEncoder is not in the ES2023 lib that shared/ compiles against. */
export function utf8(text: string): Uint8Array {
  const out: number[] = [];
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0xfffd;
    if (cp < 0x80) out.push(cp);
    else if (cp < 0x800) out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f));
    else if (cp < 0x10000) out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
    else out.push(0xf0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3f), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f));
  }
  return Uint8Array.from(out);
}

/** UTF-8 bytes of the canonical JSON: what gets hashed and signed. */
export function canonicalBytes(value: unknown): Result<Uint8Array, 'not_serialisable'> {
  const text = canonicalJson(value);
  return text.ok ? ok(utf8(text.value)) : text;
}
