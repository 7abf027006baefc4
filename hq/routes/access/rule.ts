import type { Role } from '../../staff/users';

/**
 * How the table-driven access test (hq-review.test.ts) calls one /v1/hq route.
 * `minimum`: the weakest role allowed; `null` marks the sign-in itself.
 * `ok`: the status the allowed roles get. `unknown`: the route changes state, so it
 * is called on an inspection that does not exist and answers `ok` (404 or 400) past
 * the role check, changing nothing. `url`: a concrete URL to call instead of the
 * route's pattern with `:id`/`:findingId` filled in. `payload`: the body for a
 * POST/PUT (default: a sign-in-shaped body, which other routes refuse with 400).
 */
export interface AccessRule {
  readonly minimum: Role | null;
  readonly ok: number;
  readonly unknown?: true;
  readonly url?: string;
  readonly payload?: unknown;
  readonly contentType?: string;
}

export type AccessTable = Readonly<Record<string, AccessRule>>;
