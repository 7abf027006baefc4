import { utf8 } from '../seal/canonical';

/**
 * Tests only: a ZIP writer that does what `packIkb` never would — duplicate
 * names, any name, any order, deflated entries, sizes that lie — so the
 * reader's limits can be tried against hostile containers.
 */
export interface RawEntry {
  readonly name: string;
  /** The bytes as written into the file (already deflated when `method` is 8). */
  readonly data: Uint8Array;
  /** 0 stored (the only one `.ikb` allows), 8 deflate. */
  readonly method?: 0 | 8;
  /** The uncompressed size to announce (default: data.length); a bomb announces its real, huge size. */
  readonly originalSize?: number;
  /** CRC-32 of the uncompressed bytes (default: of `data`). */
  readonly crc?: number;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

class Writer {
  private readonly chunks: Uint8Array[] = [];
  length = 0;
  u16(v: number): this {
    return this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff]));
  }
  u32(v: number): this {
    return this.bytes(new Uint8Array([v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff]));
  }
  bytes(b: Uint8Array): this {
    this.chunks.push(b);
    this.length += b.length;
    return this;
  }
  done(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const chunk of this.chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  }
}

/** DOS date 1980-01-01 00:00, as packIkb writes it. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

export function writeZip(entries: readonly RawEntry[]): Uint8Array {
  const file = new Writer();
  const central = new Writer();
  for (const entry of entries) {
    const name = utf8(entry.name);
    const method = entry.method ?? 0;
    const crc = entry.crc ?? crc32(entry.data);
    const size = entry.originalSize ?? entry.data.length;
    const offset = file.length;
    file.u32(0x04034b50).u16(20).u16(0).u16(method).u16(DOS_TIME).u16(DOS_DATE).u32(crc).u32(entry.data.length).u32(size).u16(name.length).u16(0).bytes(name).bytes(entry.data);
    central.u32(0x02014b50).u16(20).u16(20).u16(0).u16(method).u16(DOS_TIME).u16(DOS_DATE).u32(crc).u32(entry.data.length).u32(size);
    central.u16(name.length).u16(0).u16(0).u16(0).u16(0).u32(0).u32(offset).bytes(name);
  }
  const directory = central.done();
  const offset = file.length;
  file.bytes(directory);
  file.u32(0x06054b50).u16(0).u16(0).u16(entries.length).u16(entries.length).u32(directory.length).u32(offset).u16(0);
  return file.done();
}
