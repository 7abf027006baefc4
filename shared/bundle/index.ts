export * from './types';
export { uuidv7 } from './uuid7';
export { encodeBundle, PAYLOAD_FORMAT, recordEvidenceHashes, type BundleInput, type BundleSender, type EncodedBundle, type EncodeFailure } from './encode';
export { verifyManifest, parseJson } from './manifest';
export { openBundle, type GetPart, type HqPrivateKey, type OpenedBundle, type OpenedEvidence } from './open';
export { packIkb, unpackIkb, IKB_EXTENSION, IKB_MEDIA_TYPE, type BundleFiles } from './container';
export { readIkb } from './read';
export { Receipt, SignedReceipt, RECEIPT_FORMAT, signReceipt, verifyReceipt } from './receipt';
export { keyFingerprint } from './fingerprint';
export {
  Decision,
  DecisionOutcome,
  SignedDecision,
  DECISION_FORMAT,
  NEEDS_APPROVER,
  needsApprover,
  signDecision,
  verifyDecision,
} from './decision';
