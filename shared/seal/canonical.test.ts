import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url';
import { canonicalBytes, canonicalJson, utf8 } from './canonical';
import { sha256Hex } from './hash';
import { nodeSubtle, platformUtf8 } from './test-support';

const canon = (value: unknown): string => {
  const r = canonicalJson(value);
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};

describe('canonicalJson (RFC 8785)', () => {
  it('matches the RFC 8785 §3.2.2 example', () => {
    const input: unknown = JSON.parse(String.raw`{
      "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
      "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
      "literals": [null, true, false]
    }`);
    expect(canon(input)).toBe(
      String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`,
    );
  });

  it('sorts keys by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    // U+FB33 (Hebrew dalet with dagesh) sorts after U+1F600, whose UTF-16 form starts 0xD83D.
    const input = { '€': 'e', '\r': 'cr', '\uFB33': 'dalet', '1': 'one', '😀': 'emoji', '\u0080': 'ctl', 'ö': 'o' };
    expect(canon(input)).toBe('{"\\r":"cr","1":"one","\u0080":"ctl","ö":"o","€":"e","😀":"emoji","\uFB33":"dalet"}');
  });

  it.each([
    [0, '0'],
    [-0, '0'],
    [1e21, '1e+21'],
    [1e20, '100000000000000000000'],
    [1e-7, '1e-7'],
    [0.000001, '0.000001'],
    [5e-324, '5e-324'],
    [1.7976931348623157e308, '1.7976931348623157e+308'],
    [-1.7976931348623157e308, '-1.7976931348623157e+308'],
    [9007199254740992, '9007199254740992'],
    [295147905179352830000, '295147905179352830000'],
  ])('formats the number %s as %s (ES Number::toString)', (n, text) => {
    expect(canon(n)).toBe(text);
  });

  it.each([
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['bigint', { a: 1n }],
    ['function', { f: () => 1 }],
    ['symbol', [Symbol('s')]],
    ['undefined at top', undefined],
    ['undefined in array', [1, undefined]],
    ['Date', { at: new Date(0) }],
    ['lone surrogate', { s: '\uD800' }],
  ])('rejects %s without throwing', (_label, value) => {
    expect(canonicalJson(value)).toEqual({ ok: false, error: { code: 'not_serialisable' } });
  });

  it('rejects cycles but allows shared (acyclic) references', () => {
    const shared = { x: 1 };
    expect(canon({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(canonicalJson(cyclic).ok).toBe(false);
  });

  it('drops undefined object properties, as JSON does', () => {
    expect(canon({ b: undefined, a: 1 })).toBe('{"a":1}');
  });

  it('is independent of key insertion order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canon(reversed)).toBe(canon(obj));
      }),
    );
  });
});

describe('utf8, sha256Hex, base64url', () => {
  it('encodes UTF-8 like the platform TextEncoder', () => {
    expect([...utf8('ö€😀')]).toEqual([0xc3, 0xb6, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      expect(utf8(s)).toEqual(platformUtf8(s));
    }));
  });

  it('hashes canonical bytes to lowercase hex (FIPS 180-2 "abc" vector)', async () => {
    expect(canonicalBytes('abc')).toEqual({ ok: true, value: utf8('"abc"') });
    expect(await sha256Hex(nodeSubtle, utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('round-trips base64url and matches RFC 4648 vectors', () => {
    const ascii = (s: string): Uint8Array => utf8(s);
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map((s) => encodeBase64url(ascii(s)))).toEqual(
      ['', 'Zg', 'Zm8', 'Zm9v', 'Zm9vYg', 'Zm9vYmE', 'Zm9vYmFy'],
    );
    expect(encodeBase64url(Uint8Array.from([0xfb, 0xff]))).toBe('-_8');
    fc.assert(fc.property(fc.uint8Array(), (b) => {
      expect(decodeBase64url(encodeBase64url(b))).toEqual(b);
    }));
  });

  it.each(['Zg==', 'Z', 'Zh', 'Zm+v', 'Zm/v', 'Zm 9'])('rejects malformed base64url %s', (text) => {
    expect(decodeBase64url(text)).toBeNull();
  });
});
