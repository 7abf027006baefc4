import type { BundleRejection } from '../../shared/bundle/index';

/** Bundle reason codes HQ answers with (shared/bundle/types.ts), each localised. */
const BUNDLE_REJECTIONS: Record<BundleRejection, true> = {
  too_large: true, too_many_entries: true, bad_entry_name: true, truncated: true, malformed_container: true,
  malformed_manifest: true, unsupported_version: true, unknown_device: true, bad_signature: true, hash_mismatch: true,
  missing_part: true, unexpected_part: true, decrypt_failed: true, malformed_payload: true, seal_invalid: true,
  evidence_mismatch: true, manifest_mismatch: true, wrong_recipient: true,
};

/** Every code the device can show about sync, enrollment or export; anything else reads as `unknown`. */
export const SYNC_REASON_CODES = [
  ...(Object.keys(BUNDLE_REJECTIONS) as BundleRejection[]),
  // Enrollment (renderer/sync/enroll.ts and HQ's answers).
  'hq_url_invalid', 'hq_url_insecure', 'code_invalid', 'outbox_not_empty', 'unknown_code', 'code_used', 'code_expired', 'malformed_request',
  // Reaching HQ (renderer/sync/hq-client.ts).
  'offline', 'hq_unreachable', 'timeout', 'server_error', 'rate_limited', 'bad_request', 'bad_response', 'unauthenticated', 'device_revoked',
  // Sending a bundle (renderer/sync/engine.ts, encode-entry.ts).
  'conflict', 'incomplete', 'bad_receipt', 'receipt_mismatch', 'record_missing', 'not_serialisable', 'evidence_missing', 'bad_hq_key', 'sync_failed',
  // A training record (office code TRAIN-…): refused by the encoder and by HQ (issue 7).
  'training_record',
  // Export (renderer/sync/export.ts and the Bridge).
  'not_enrolled', 'nothing_to_export', 'cancelled', 'disk_full', 'io_failed', 'invalid_request', 'unsupported',
  'unknown',
] as const;
export type SyncReasonCode = (typeof SYNC_REASON_CODES)[number];

const KNOWN = new Set<string>(SYNC_REASON_CODES);

/** The locale key for a reason code, with a generic message for codes this version does not know. */
export const reasonKey = (code: string): string => `sync.reason.${KNOWN.has(code) ? code : 'unknown'}`;
