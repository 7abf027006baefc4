import type { SealCrypto } from './subtle';

/**
 * Tests only. Node 20 (and Chromium) ship Ed25519 in WebCrypto; shared/ has no DOM
 * or Node types, so the real SubtleCrypto is cast to our structural slice here, once.
 */
export const nodeSubtle = (globalThis as unknown as { crypto: { subtle: unknown } }).crypto.subtle as SealCrypto;

/** The platform TextEncoder, to check our hand-written UTF-8 against. */
export const platformUtf8 = (text: string): Uint8Array => {
  const Encoder = (globalThis as unknown as { TextEncoder: new () => { encode(s: string): Uint8Array } }).TextEncoder;
  return new Encoder().encode(text);
};
