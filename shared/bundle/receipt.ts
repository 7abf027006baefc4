import { z } from 'zod';
import { IsoInstant } from '../domain/localized';
import { fail, ok, type Result } from '../result';
import { decodeBase64url, encodeBase64url } from '../seal/base64url';
import { canonicalBytes, utf8 } from '../seal/canonical';
import { ED25519, type SealKey } from '../seal/subtle';
import { BundleKind, Hex64, Uuid, type BundleCrypto } from './types';

export const RECEIPT_FORMAT = 'inspection-kit/receipt/v1';
export const RECEIPT_PURPOSE = 'inspection-kit/receipt/v1';

/** HQ's word that it stored a bundle: the device marks `synced` only on a verified one. */
export const Receipt = z.strictObject({
  format: z.literal(RECEIPT_FORMAT),
  bundleId: Uuid,
  /** SHA-256 of the manifest bytes HQ verified: ties the receipt to exactly what the device sent. */
  manifestSha256: Hex64,
  inspectionId: z.string().min(1).max(64),
  kind: BundleKind,
  deviceId: z.string().min(1).max(64),
  receivedAt: IsoInstant,
});
export type Receipt = z.infer<typeof Receipt>;

export const SignedReceipt = z.strictObject({
  receipt: Receipt,
  signature: z.string().regex(/^[A-Za-z0-9_-]{85}[AQgw]$/),
});
export type SignedReceipt = z.infer<typeof SignedReceipt>;

function receiptSigningInput(receipt: Receipt): Uint8Array | null {
  const bytes = canonicalBytes(receipt);
  if (!bytes.ok) return null;
  const label = utf8(`${RECEIPT_PURPOSE}\n`);
  const out = new Uint8Array(label.length + bytes.value.length);
  out.set(label);
  out.set(bytes.value, label.length);
  return out;
}

export async function signReceipt(crypto: BundleCrypto, hqSigningKey: SealKey, fields: Omit<Receipt, 'format'>): Promise<SignedReceipt> {
  const receipt: Receipt = { format: RECEIPT_FORMAT, ...fields };
  const input = receiptSigningInput(receipt);
  if (!input) throw new Error('receipt fields are plain strings');
  const signature = new Uint8Array(await crypto.sign(ED25519, hqSigningKey, input));
  return { receipt, signature: encodeBase64url(signature) };
}

/** Checks shape, HQ's signature with the key pinned at enrollment, and that it names what was sent. */
export async function verifyReceipt(
  crypto: BundleCrypto,
  hqSigningPublicKey: string,
  signed: unknown,
  expected: { readonly bundleId: string; readonly manifestSha256: string },
): Promise<Result<Receipt, 'bad_receipt' | 'receipt_mismatch'>> {
  const parsed = SignedReceipt.safeParse(signed);
  if (!parsed.success) return fail('bad_receipt', 'shape');
  const { receipt, signature } = parsed.data;
  const publicKey = decodeBase64url(hqSigningPublicKey);
  const signatureBytes = decodeBase64url(signature);
  const input = receiptSigningInput(receipt);
  if (publicKey?.length !== 32 || signatureBytes?.length !== 64 || !input) return fail('bad_receipt', 'key');
  try {
    const key = await crypto.importKey('raw', publicKey, ED25519, true, ['verify']);
    if (!(await crypto.verify(ED25519, key, signatureBytes, input))) return fail('bad_receipt', 'signature');
  } catch {
    return fail('bad_receipt', 'signature');
  }
  if (receipt.bundleId !== expected.bundleId || receipt.manifestSha256 !== expected.manifestSha256) return fail('receipt_mismatch');
  return ok(receipt);
}
