/**
 * The HQ workspace's client of the staff API. The workspace is served by HQ
 * itself, so every call is same-origin: the session cookie (HttpOnly,
 * SameSite=Strict) rides along, and state-changing calls carry `X-IK-HQ: 1`,
 * which HQ requires as its CSRF guard.
 */

/** A refusal from HQ (its reason code, see hq/API.md) or `network` when HQ could not be reached. */
export class HqApiError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    /** The rest of the error body (validation issues, a roster report…). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(code);
    this.name = 'HqApiError';
  }
}

/** Paths are relative to HQ's origin, e.g. `/v1/hq/inspections?limit=50`. */
export async function hqRequest(path: string, init: { method?: string; json?: unknown; text?: string; contentType?: string } = {}): Promise<Response> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = {};
  if (method !== 'GET') headers['x-ik-hq'] = '1';
  let body: string | undefined;
  if (init.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(init.json);
  } else if (init.text !== undefined) {
    headers['content-type'] = init.contentType ?? 'text/plain; charset=utf-8';
    body = init.text;
  }
  let response: Response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin', cache: 'no-store' });
  } catch {
    throw new HqApiError('network', 0);
  }
  if (!response.ok) {
    const parsed = (await response.json().catch(() => ({}))) as { error?: { code?: unknown } } & Record<string, unknown>;
    const code = typeof parsed.error?.code === 'string' ? parsed.error.code : 'internal';
    throw new HqApiError(code, response.status, parsed);
  }
  return response;
}

/** GET (or another method) answering JSON. A 204 answers `undefined`. */
export async function hqJson<T>(path: string, init: Parameters<typeof hqRequest>[1] = {}): Promise<T> {
  const response = await hqRequest(path, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** `?a=1&b=x` from the defined, non-empty entries (empty string when none). */
export function queryString(params: Record<string, string | number | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text === '' ? '' : `?${text}`;
}
