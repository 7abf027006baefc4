import { webcrypto } from 'node:crypto';
import type { BundleCrypto } from '../shared/bundle/index';

/** Node's WebCrypto (Ed25519, X25519, HKDF, AES-GCM) behind the codec's structural slice, cast once here. */
export const hqCrypto = webcrypto.subtle as unknown as BundleCrypto;
