import { toHex } from '../seal/hash';

/**
 * UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then random bits, so bundle ids
 * sort by creation time. Random bytes are injected: shared/ has no platform crypto.
 */
export function uuidv7(nowMs: number, randomBytes: (n: number) => Uint8Array): string {
  const bytes = new Uint8Array(16);
  bytes.set(randomBytes(10), 6);
  let ms = Math.max(0, Math.floor(nowMs));
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((bytes[6] ?? 0) & 0x0f);
  bytes[8] = 0x80 | ((bytes[8] ?? 0) & 0x3f);
  const hex = toHex(bytes);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
