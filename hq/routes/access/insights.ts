import type { AccessTable } from './rule';

/** Access rules of the insight routes (profiles, dashboard): see rule.ts. Unknown office and official: 404 past the role check. */
export const INSIGHTS_ACCESS: AccessTable = {
  'GET /v1/hq/offices/:code': { minimum: 'reviewer', ok: 404, url: '/v1/hq/offices/NO-SUCH-OFFICE' },
  'GET /v1/hq/officials/:id': { minimum: 'reviewer', ok: 404, url: '/v1/hq/officials/no-such-official' },
  'GET /v1/hq/dashboard': { minimum: 'reviewer', ok: 200 },
};
