/**
 * HQ HTTP API v1 (hq/API.md) as the device uses it. Every answer is sorted
 * into three kinds the outbox acts on: `transient` (retry with backoff),
 * `permanent` (HQ refused this bundle for good), `auth` (the enrollment itself
 * is refused). Errors carry HQ's stable code so the UI can localise them.
 */

export type HqFailureKind = 'transient' | 'permanent' | 'auth';
export interface HqFailure {
  readonly kind: HqFailureKind;
  readonly code: string;
  readonly status?: number;
}
export type HqResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: HqFailure };

export type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

export interface HqClientOptions {
  /** HQ's base URL as enrolled, e.g. `https://hq.example.vn` (a path prefix is kept). */
  readonly hqUrl: string;
  readonly token?: string;
  readonly fetch: Fetch;
  /** Time allowed for a JSON request; uploads get more per byte (a slow link must still finish). */
  readonly timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** 20 kB/s: the slowest link we still want a 25 MB photo to get through on. */
const BYTES_PER_MS = 20;

const failure = (kind: HqFailureKind, code: string, status?: number): { ok: false; error: HqFailure } => ({
  ok: false,
  error: status === undefined ? { kind, code } : { kind, code, status },
});

const CODE = /^[a-z][a-z0-9_]{0,63}$/;

/** HQ's stable error code from a `{error:{code}}` body, if it sent one. */
export async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { error?: { code?: unknown } } | null;
    const code = body?.error?.code;
    return typeof code === 'string' && CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/** HTTP status → what the outbox should do about it. */
export async function classifyResponse(response: Response): Promise<HqFailure> {
  const { status } = response;
  const code = await errorCode(response);
  if (status === 401) return { kind: 'auth', code: 'unauthenticated', status };
  if (status === 403) return { kind: 'auth', code: code ?? 'device_revoked', status };
  if (status === 409) return { kind: 'permanent', code: 'conflict', status };
  if (status === 408 || status === 429) return { kind: 'transient', code: status === 429 ? 'rate_limited' : 'timeout', status };
  if (status >= 500) return { kind: 'transient', code: 'server_error', status };
  if (status >= 400) return { kind: 'permanent', code: code ?? 'bad_request', status };
  return { kind: 'transient', code: 'bad_response', status };
}

export function joinUrl(hqUrl: string, path: string): string {
  return `${hqUrl.replace(/\/+$/, '')}${path}`;
}

export interface HqRequest {
  readonly method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  readonly path: string;
  readonly json?: unknown;
  readonly bytes?: Uint8Array;
  readonly headers?: Readonly<Record<string, string>>;
}

/** One request with a timeout; network errors and timeouts become transient failures. */
export async function hqRequest(options: HqClientOptions, request: HqRequest): Promise<HqResult<Response>> {
  const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
  if (options.token !== undefined) headers['authorization'] = `Bearer ${options.token}`;
  let body: BodyInit | undefined;
  if (request.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(request.json);
  } else if (request.bytes !== undefined) {
    headers['content-type'] = 'application/octet-stream';
    body = request.bytes as Uint8Array<ArrayBuffer>;
  }
  const timeout = (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) + (request.bytes ? request.bytes.length / BYTES_PER_MS : 0);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeout);
  try {
    const doFetch = options.fetch;
    // no-store: rosters and decisions name officials, and Chromium's HTTP cache is clear files in the profile.
    // Conditional pulls send their own If-None-Match, so the browser cache adds nothing.
    const response = await doFetch(joinUrl(options.hqUrl, request.path), { method: request.method, headers, body, signal: controller.signal, cache: 'no-store' });
    return { ok: true, value: response };
  } catch {
    return failure('transient', controller.signal.aborted ? 'timeout' : 'hq_unreachable');
  } finally {
    clearTimeout(timer);
  }
}

async function json(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return undefined;
  }
}

export type BundleAnswer =
  | { readonly status: 'stored'; readonly signedReceipt: unknown }
  | { readonly status: 'incomplete'; readonly missing: readonly string[] };

const HEX64 = /^[0-9a-f]{64}$/;

/** The device-side HQ API: each call answers a result, never throws. */
export function createHqClient(options: HqClientOptions) {
  const send = (request: HqRequest) => hqRequest(options, request);

  return {
    async health(): Promise<HqResult<true>> {
      const sent = await send({ method: 'GET', path: '/v1/health' });
      if (!sent.ok) return sent;
      if (!sent.value.ok) return { ok: false, error: { ...(await classifyResponse(sent.value)), kind: 'transient' } };
      const body = (await json(sent.value)) as { status?: unknown } | undefined;
      return body?.status === 'ok' ? { ok: true, value: true } : failure('transient', 'hq_unreachable', sent.value.status);
    },

    async putBlob(sha256: string, bytes: Uint8Array): Promise<HqResult<true>> {
      const sent = await send({ method: 'PUT', path: `/v1/blobs/${sha256}`, bytes });
      if (!sent.ok) return sent;
      return sent.value.ok ? { ok: true, value: true } : { ok: false, error: await classifyResponse(sent.value) };
    },

    async putBundle(bundleId: string, manifest: string, signature: string): Promise<HqResult<BundleAnswer>> {
      const sent = await send({ method: 'PUT', path: `/v1/bundles/${bundleId}`, json: { manifest, signature } });
      if (!sent.ok) return sent;
      const response = sent.value;
      if (!response.ok) return { ok: false, error: await classifyResponse(response) };
      const body = (await json(response)) as { status?: unknown; missing?: unknown } | undefined;
      if (response.status === 202) {
        const missing = body?.missing;
        if (body?.status !== 'incomplete' || !Array.isArray(missing) || !missing.every((m) => typeof m === 'string' && HEX64.test(m))) {
          return failure('transient', 'bad_response', 202);
        }
        return { ok: true, value: { status: 'incomplete', missing: missing as string[] } };
      }
      if (body === undefined) return failure('transient', 'bad_response', response.status);
      return { ok: true, value: { status: 'stored', signedReceipt: body } };
    },

    /** A conditional GET: `notModified` when our ETag still holds. */
    async pull(path: string, etag: string | undefined): Promise<HqResult<{ notModified: true } | { notModified: false; body: unknown; etag?: string }>> {
      const sent = await send({ method: 'GET', path, ...(etag === undefined ? {} : { headers: { 'if-none-match': etag } }) });
      if (!sent.ok) return sent;
      const response = sent.value;
      if (response.status === 304) return { ok: true, value: { notModified: true } };
      if (!response.ok) return { ok: false, error: await classifyResponse(response) };
      const body = await json(response);
      if (body === undefined) return failure('transient', 'bad_response', response.status);
      const next = response.headers.get('etag');
      return { ok: true, value: { notModified: false, body, ...(next === null ? {} : { etag: next }) } };
    },
  };
}

export type HqClient = ReturnType<typeof createHqClient>;
