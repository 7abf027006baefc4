import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { requireRole, staffOf } from '../staff/access';
import { writeAudit } from '../staff/audit';
import { dashboard, DashboardQuery } from '../staff/dashboard';
import { officeProfile, officialProfile } from '../staff/insights';

const OfficeCode = z.string().min(1).max(64);
const OfficialId = z.string().min(1).max(64);

/**
 * The insight views (issue 6): office and official profiles, the dashboard. Read
 * only; every view is audited with ids and codes only — profiles hold names and
 * narratives, which stay out of audit rows and logs.
 */
export function staffInsightRoutes(app: FastifyInstance, deps: { db: Db }): void {
  app.get<{ Params: { code: string } }>('/v1/hq/offices/:code', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const code = OfficeCode.safeParse(request.params.code);
    if (!code.success) return sendError(reply, 'malformed_request');
    const profile = await officeProfile(deps.db, code.data);
    if (profile === undefined) return sendError(reply, 'not_found');
    const userId = staffOf(request).user.id;
    await writeAudit(deps.db, { userId, action: 'office.viewed', target: code.data });
    request.log.info({ userId, officeCode: code.data }, 'office profile viewed');
    return reply.header('cache-control', 'no-store').send(profile);
  });

  app.get<{ Params: { id: string } }>('/v1/hq/officials/:id', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = OfficialId.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 'malformed_request');
    const profile = await officialProfile(deps.db, id.data);
    if (profile === undefined) return sendError(reply, 'not_found');
    const userId = staffOf(request).user.id;
    await writeAudit(deps.db, { userId, action: 'official.viewed', target: id.data });
    request.log.info({ userId, officialId: id.data }, 'official profile viewed');
    return reply.header('cache-control', 'no-store').send(profile);
  });

  app.get('/v1/hq/dashboard', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const query = DashboardQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'malformed_request');
    const view = await dashboard(deps.db, query.data);
    const { from, to, province } = query.data;
    // Dates and a province: nothing personal.
    await writeAudit(deps.db, { userId: staffOf(request).user.id, action: 'dashboard.viewed', detail: { from, to, province } });
    return reply.header('cache-control', 'no-store').send(view);
  });
}
