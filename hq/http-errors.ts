import type { FastifyReply } from 'fastify';

/** Every reason code HQ answers, with its HTTP status and an English message for people reading logs or curl output. */
const REASONS = {
  malformed_request: [400, 'The request body or a path parameter is not in the expected form.'],
  unsupported_media_type: [415, 'Unsupported Content-Type for this endpoint.'],
  not_found: [404, 'No such endpoint, or nothing with this id.'],
  unauthenticated: [401, 'A valid device token is required (Authorization: Bearer <token>).'],
  device_revoked: [403, 'This device has been revoked by HQ.'],
  device_mismatch: [403, 'The bundle was signed by another device than the one authenticated.'],
  unknown_code: [404, 'This enrollment code is not known to HQ.'],
  code_used: [409, 'This enrollment code has already been used.'],
  code_expired: [410, 'This enrollment code has expired.'],
  public_key_in_use: [409, 'A device with this public key is already enrolled.'],
  conflict: [409, 'A different bundle with this id, or for this inspection, is already stored.'],
  unknown_inspection: [422, 'The inspection this addendum corrects is not at HQ yet.'],
  too_large: [413, 'Over the size limit.'],
  too_many_entries: [400, 'The bundle names too many parts.'],
  bad_entry_name: [400, 'The bundle container has an entry with a name it may not have.'],
  truncated: [400, 'The bundle container is truncated.'],
  malformed_container: [400, 'The bundle container is not in the canonical form.'],
  malformed_manifest: [400, 'The manifest is not valid canonical JSON of the expected shape.'],
  unsupported_version: [400, 'The bundle format version is not supported by this HQ.'],
  manifest_mismatch: [400, 'The manifest does not agree with the request or with the sealed record.'],
  unknown_device: [422, 'The bundle comes from a device HQ does not know (or has revoked).'],
  bad_signature: [422, 'The device signature over the manifest does not verify.'],
  hash_mismatch: [400, 'The content does not have the SHA-256 (or size) it is named by.'],
  missing_part: [422, 'A part the manifest names is missing.'],
  unexpected_part: [422, 'The bundle carries a part its manifest does not name.'],
  decrypt_failed: [422, 'A part could not be decrypted with HQ key.'],
  malformed_payload: [422, 'The decrypted payload is not in the expected form.'],
  seal_invalid: [422, 'The sealed record does not verify, or was sealed by another key.'],
  evidence_mismatch: [422, 'The evidence does not match what the sealed record names.'],
  wrong_recipient: [422, 'The bundle was encrypted to another HQ key.'],
  training_record: [422, 'The bundle is a training record (office code TRAIN-…); HQ never stores rehearsals.'],
  no_session: [401, 'Sign in first: no HQ session, or it expired or was revoked.'],
  bad_credentials: [401, 'Unknown username or wrong password.'],
  forbidden: [403, 'Your HQ role does not allow this.'],
  csrf: [403, 'State-changing HQ requests need the header X-IK-HQ: 1.'],
  rate_limited: [429, 'Too many requests (or failed sign-ins); try again after Retry-After seconds.'],
  reason_required: [422, 'A decision needs a reason of 5–2000 characters.'],
  invalid_change: [422, "Outcome 'change' needs changedTo, a recommendation kind other than the current one; other outcomes take no changedTo."],
  no_recommendation: [422, 'This finding has no recommendation to decide on.'],
  wrong_review_state: [409, 'The inspection is not in a review state that allows this.'],
  already_decided: [409, 'This finding already has a released decision; an approver must reopen the inspection to replace it.'],
  nothing_to_approve: [409, 'This finding has no decision waiting for an approver.'],
  same_person: [409, 'A decision must be confirmed by another approver than the person who recorded it.'],
  invalid_template: [422, 'The template is not valid JSON of a checklist template, or fails the catalogue checks; see issues.'],
  version_conflict: [409, 'A template version must be exactly one more than the last published version of its id (1 for a new id).'],
  invalid_roster: [422, 'The roster CSV has errors; see report. Nothing was published.'],
  evidence_unreadable: [500, 'The stored evidence no longer decrypts to the file the sealed record names; it was altered after ingest.'],
  internal: [500, 'Internal error; see the HQ log.'],
} as const satisfies Record<string, readonly [number, string]>;

export type ReasonCode = keyof typeof REASONS;

export const statusOf = (code: ReasonCode): number => REASONS[code][0];

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

export function errorBody(code: ReasonCode): ErrorBody {
  return { error: { code, message: REASONS[code][1] } };
}

/** `{ error: { code, message } }` with the code's status, unless the route needs another (e.g. 400 for a blob's hash). */
export function sendError(reply: FastifyReply, code: ReasonCode, status: number = statusOf(code)): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code));
}
