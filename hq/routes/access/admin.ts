import type { AccessTable } from './rule';

/**
 * Access rules of the admin and export routes (evidence, exports, templates, roster): see rule.ts.
 * State-changing calls by allowed roles send input that is refused (422), so they change nothing.
 */
export const ADMIN_ACCESS: AccessTable = {
  // No such evidence: 404 past the role check (the evidence itself is tested in hq-admin.test.ts).
  'GET /v1/hq/inspections/:id/evidence/:evidenceId': { minimum: 'reviewer', ok: 404, url: '/v1/hq/inspections/no-such-inspection/evidence/no-such-evidence' },
  'GET /v1/hq/exports/inspections.csv': { minimum: 'reviewer', ok: 200 },
  'GET /v1/hq/exports/findings.csv': { minimum: 'approver', ok: 200 },
  'GET /v1/hq/exports/decisions.csv': { minimum: 'approver', ok: 200 },
  'GET /v1/hq/templates': { minimum: 'admin', ok: 200 },
  'POST /v1/hq/templates/preview': { minimum: 'admin', ok: 422, payload: { id: 'not a template' } },
  'POST /v1/hq/templates': { minimum: 'admin', ok: 422, payload: { id: 'not a template' } },
  'POST /v1/hq/roster/preview': { minimum: 'admin', ok: 200, payload: 'no,header\r\n', contentType: 'text/csv' },
  'POST /v1/hq/roster': { minimum: 'admin', ok: 422, payload: 'no,header\r\n', contentType: 'text/csv' },
};
