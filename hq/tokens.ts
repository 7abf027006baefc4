import { createHash, randomBytes, randomInt } from 'node:crypto';

/** Crockford base32: no I, L, O, U, so a code read aloud or copied by hand survives. */
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const ENROLLMENT_CODE_LENGTH = 12;

export const sha256Hex = (text: string | Uint8Array): string => createHash('sha256').update(text).digest('hex');

/** 12 random Crockford characters (60 bits), shown as XXXX-XXXX-XXXX. */
export function newEnrollmentCode(): { code: string; display: string } {
  let code = '';
  for (let i = 0; i < ENROLLMENT_CODE_LENGTH; i++) code += CROCKFORD.charAt(randomInt(CROCKFORD.length));
  return { code, display: code.replace(/(.{4})(?=.)/g, '$1-') };
}

/** How a typed code is compared: uppercase, dashes and spaces dropped, Crockford's look-alikes folded. */
export function normaliseEnrollmentCode(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const enrollmentCodeHash = (input: string): string => sha256Hex(normaliseEnrollmentCode(input));

/** The device's bearer token: `ikd_` + 256 random bits. HQ keeps only its SHA-256. */
export function newDeviceToken(): { token: string; hash: string } {
  const token = `ikd_${randomBytes(32).toString('base64url')}`;
  return { token, hash: sha256Hex(token) };
}
