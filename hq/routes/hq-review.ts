import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/pool';
import { sendError } from '../http-errors';
import { requireRole, staffOf } from '../staff/access';
import { latestAudit, writeAudit } from '../staff/audit';
import { decodeCursor, InboxQuery, listInbox } from '../staff/inbox';
import { inspectionDetail } from '../staff/inspection-detail';

const InspectionId = z.string().min(1).max(64);
const AuditQuery = z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) });

/** The review API's read side (issue 6, first slice). Every view and listing is audited. */
export function staffReviewRoutes(app: FastifyInstance, deps: { db: Db; hqSigningKey: string }): void {
  app.get('/v1/hq/inspections', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const query = InboxQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'malformed_request');
    const cursor = query.data.cursor === undefined ? undefined : decodeCursor(query.data.cursor);
    if (query.data.cursor !== undefined && cursor === undefined) return sendError(reply, 'malformed_request');
    const page = await listInbox(deps.db, query.data, cursor);
    const { office, province, from, to, limit } = query.data;
    // Filters are office codes, provinces and dates: no personal data in the audit row.
    await writeAudit(deps.db, {
      userId: staffOf(request).user.id,
      action: 'inbox.listed',
      detail: { filters: { office, province, from, to }, limit, continued: cursor !== undefined, count: page.items.length },
    });
    return reply.header('cache-control', 'no-store').send(page);
  });

  app.get<{ Params: { id: string } }>('/v1/hq/inspections/:id', { preHandler: requireRole('reviewer') }, async (request, reply) => {
    const id = InspectionId.safeParse(request.params.id);
    if (!id.success) return sendError(reply, 'malformed_request');
    const detail = await inspectionDetail(deps.db, id.data, deps.hqSigningKey);
    if (detail === undefined) return sendError(reply, 'not_found');
    const staff = staffOf(request);
    await writeAudit(deps.db, { userId: staff.user.id, action: 'inspection.viewed', target: id.data });
    request.log.info({ userId: staff.user.id, inspectionId: id.data }, 'inspection viewed');
    return reply.header('cache-control', 'no-store').send(detail);
  });

  app.get('/v1/hq/audit', { preHandler: requireRole('admin') }, async (request, reply) => {
    const query = AuditQuery.safeParse(request.query);
    if (!query.success) return sendError(reply, 'malformed_request');
    return reply.header('cache-control', 'no-store').send({ items: await latestAudit(deps.db, query.data.limit) });
  });
}
