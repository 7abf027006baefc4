import type { SealCrypto } from '../../shared/seal/subtle';
import { fail, ok, type Result } from '../../shared/result';
import type { FieldDatabase } from '../db';
import { deviceKey } from '../db/repositories/device-key';
import { Enrollment, readEnrollment, saveEnrollment } from '../db/repositories/enrollment';
import { unsyncedOutboxEntries } from '../db/repositories/outbox';
import { errorCode, hqRequest, type Fetch } from './hq-client';

/** The CSP's `connect-src` allows plain http to these two only (Chromium refuses IPv6 literals there). */
const LOOPBACK = new Set(['localhost', '127.0.0.1']);

/**
 * HQ's base URL from what the user typed: https anywhere, plain http only on
 * this machine (records and the token must not cross a network in clear).
 */
export function normaliseHqUrl(text: string): Result<string, 'hq_url_invalid' | 'hq_url_insecure'> {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return fail('hq_url_invalid');
  }
  if (url.username !== '' || url.password !== '' || url.search !== '' || url.hash !== '') return fail('hq_url_invalid');
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) return fail('hq_url_insecure');
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return fail('hq_url_invalid');
  return ok(`${url.origin}${url.pathname.replace(/\/+$/, '')}`);
}

/** `ABCD-EFGH-JKMN`, in any case, with or without dashes or spaces; HQ normalises what we send. */
export const ENROLLMENT_CODE = /^[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}[\s-]?[A-Za-z0-9]{4}$/;

const EnrollmentAnswer = Enrollment.pick({ deviceId: true, token: true, inspectorName: true, hq: true });

export interface EnrollInput {
  readonly hqUrl: string;
  readonly code: string;
  readonly deviceName?: string;
  readonly appVersion?: string;
  /** The user agreed to move to another HQ although bundles are still waiting. */
  readonly confirmReplace?: boolean;
}

export type EnrollErrorCode =
  | 'hq_url_invalid'
  | 'hq_url_insecure'
  | 'code_invalid'
  | 'outbox_not_empty'
  | 'bad_response'
  | (string & {});

/**
 * Sends this device's public key with the one-time code, pins the HQ keys
 * from the answer and stores the token. Nothing is stored unless HQ said yes.
 */
export async function enroll(
  db: FieldDatabase,
  subtle: SealCrypto,
  fetch: Fetch,
  input: EnrollInput,
  now: () => number = Date.now,
): Promise<Result<Enrollment, EnrollErrorCode>> {
  const hqUrl = normaliseHqUrl(input.hqUrl);
  if (!hqUrl.ok) return hqUrl;
  const code = input.code.trim();
  if (!ENROLLMENT_CODE.test(code)) return fail('code_invalid');
  const current = await readEnrollment(db);
  if (current && current.hqUrl !== hqUrl.value && !input.confirmReplace && (await unsyncedOutboxEntries(db)).length > 0) {
    return fail('outbox_not_empty');
  }

  const key = await deviceKey(db, subtle);
  const body = {
    code,
    publicKey: key.publicKeyRaw,
    ...(input.deviceName === undefined ? {} : { deviceName: input.deviceName }),
    ...(input.appVersion === undefined ? {} : { appVersion: input.appVersion }),
  };
  const sent = await hqRequest({ hqUrl: hqUrl.value, fetch }, { method: 'POST', path: '/v1/enrollments', json: body });
  if (!sent.ok) return fail(sent.error.code);
  if (!sent.value.ok) {
    // unknown_code, code_used, code_expired, malformed_request… as HQ names them.
    return fail((await errorCode(sent.value)) ?? (sent.value.status >= 500 ? 'server_error' : 'bad_request'));
  }
  let answer: unknown;
  try {
    answer = await sent.value.json();
  } catch {
    return fail('bad_response');
  }
  const parsed = EnrollmentAnswer.safeParse(answer);
  if (!parsed.success) return fail('bad_response');
  const enrollment: Enrollment = { hqUrl: hqUrl.value, ...parsed.data, enrolledAt: new Date(now()).toISOString() };
  await saveEnrollment(db, enrollment);
  return ok(enrollment);
}
