import type { SealCrypto } from '../../shared/seal/subtle';

/** The page's WebCrypto behind the slice shared/ uses (needs a secure context: app:// or 127.0.0.1). */
export const webSubtle = crypto.subtle as unknown as SealCrypto;
