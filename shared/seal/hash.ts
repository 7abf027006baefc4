import type { SealCrypto } from './subtle';

export function toHex(bytes: Uint8Array): string {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Lowercase hex so hashes compare as plain strings across device and HQ. */
export async function sha256Hex(subtle: SealCrypto, bytes: Uint8Array): Promise<string> {
  return toHex(new Uint8Array(await subtle.digest('SHA-256', bytes)));
}
